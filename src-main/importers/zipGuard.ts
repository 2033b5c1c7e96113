import { Inflate } from 'fflate'
import { importRefusals } from './importErrors'

/** Limits for an Office archive. Real documents stay far below them; zip bombs do not. */
export const zipLimits = {
  maxEntries: 5000,
  /** Actual unpacked bytes, counted while inflating (declared sizes can lie). */
  maxTotalBytes: 120 * 1024 * 1024,
  /** Unpacked ÷ packed above which an archive of more than `ratioFloorBytes` is a bomb (XML packs 5–20×). */
  maxRatio: 200,
  ratioFloorBytes: 16 * 1024 * 1024,
}

type Entry = { name: string; method: number; compressedSize: number; size: number; offset: number }

/**
 * Unpack a ZIP archive (DOCX, EPUB) defensively, before any library sees it: the central directory is read first and the
 * archive refused when it has too many entries, names that climb out ("../", absolute paths), or declared sizes
 * that add up to a bomb; then each entry is inflated in small steps with a running count, stopping the moment the
 * real output passes the cap. Returns the entries by name.
 */
export function unpackZipSafely(bytes: Uint8Array, format = 'docx'): Map<string, Uint8Array> {
  const entries = readCentralDirectory(bytes, format)
  if (entries.length > zipLimits.maxEntries) throw importRefusals.zipBomb(format)
  let declared = 0
  let packed = 0
  for (const entry of entries) {
    if (/(^|[\\/])\.\.([\\/]|$)/.test(entry.name) || /^([\\/]|[a-zA-Z]:)/.test(entry.name)) {
      throw importRefusals.corrupt(format)
    }
    declared += entry.size
    packed += entry.compressedSize
  }
  if (declared > zipLimits.maxTotalBytes) throw importRefusals.zipBomb(format)
  if (declared > zipLimits.ratioFloorBytes && declared > packed * zipLimits.maxRatio)
    throw importRefusals.zipBomb(format)

  const files = new Map<string, Uint8Array>()
  let total = 0
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    const data = entryData(bytes, entry, format)
    const output = entry.method === 0 ? data.slice() : inflateCapped(data, zipLimits.maxTotalBytes - total, format)
    total += output.length
    if (total > zipLimits.maxTotalBytes) throw importRefusals.zipBomb(format)
    files.set(entry.name, output)
  }
  return files
}

function readCentralDirectory(bytes: Uint8Array, format: string): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let index = bytes.length - 22; index >= Math.max(0, bytes.length - 22 - 65_535); index -= 1) {
    if (view.getUint32(index, true) === 0x06054b50) {
      end = index
      break
    }
  }
  if (end < 0) throw importRefusals.corrupt(format)
  const count = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  if (count === 0xffff || offset === 0xffffffff) throw importRefusals.zipBomb(format)
  const entries: Entry[] = []
  const names = new TextDecoder('utf-8')
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw importRefusals.corrupt(format)
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    entries.push({
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      offset: view.getUint32(offset + 42, true),
      name: names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    })
    if ((view.getUint16(offset + 8, true) & 1) !== 0) throw importRefusals.encrypted(format)
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function entryData(bytes: Uint8Array, entry: Entry, format: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== 0x04034b50) {
    throw importRefusals.corrupt(format)
  }
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true)
  if (start + entry.compressedSize > bytes.length) throw importRefusals.corrupt(format)
  if (entry.method !== 0 && entry.method !== 8) throw importRefusals.corrupt(format)
  return bytes.subarray(start, start + entry.compressedSize)
}

/** Inflate in 16 KB steps, refusing as soon as the output passes `limit` bytes. */
function inflateCapped(data: Uint8Array, limit: number, format: string): Uint8Array {
  const chunks: Uint8Array[] = []
  let size = 0
  const inflater = new Inflate((chunk) => {
    size += chunk.length
    if (size > limit) throw importRefusals.zipBomb(format)
    chunks.push(chunk)
  })
  const step = 16_384
  for (let index = 0; index < data.length; index += step) {
    inflater.push(data.subarray(index, Math.min(data.length, index + step)), index + step >= data.length)
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true)
  const output = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    output.set(chunk, at)
    at += chunk.length
  }
  return output
}
