import iconv from 'iconv-lite'
import { isVietnameseSyllable } from './vietnameseSyllable'
import { decodeTcvn3 } from './tcvn3'

/** Encodings a user may pick in the import preview, by the names we store and show. */
export const textEncodings = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'koi8-r',
  'windows-1258',
  'tcvn3',
  'viscii',
  'windows-1252',
] as const
export type TextEncoding = (typeof textEncodings)[number]

/**
 * The legacy single-byte code pages we consider when a file is not Unicode, in order of preference on a tie.
 * Windows-1252 comes before Windows-1258 because Western text reads the same in both; Vietnamese text never does.
 */
const legacyEncodings: TextEncoding[] = ['windows-1251', 'koi8-r', 'windows-1252', 'windows-1258', 'tcvn3', 'viscii']

/** True when `name` is an encoding we can decode. */
export function isTextEncoding(name: string): name is TextEncoding {
  return (textEncodings as readonly string[]).includes(name)
}

/** Decode bytes in `encoding` (BOM removed); null when the bytes are not valid in it. Not yet NFC. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string | null {
  switch (encoding) {
    case 'utf-8':
      try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
      } catch {
        return null
      }
    case 'utf-16le':
    case 'utf-16be':
      if (bytes.length % 2 !== 0) return null
      try {
        return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
      } catch {
        return null
      }
    case 'tcvn3':
      return decodeTcvn3(bytes)
    default:
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
  }
}

/** The encoding chosen and the others worth offering, best first. */
export type EncodingGuess = { encoding: TextEncoding; choices: TextEncoding[] }

/**
 * Detect the encoding of a text file: a byte order mark decides; then UTF-16 without a BOM (every other byte zero
 * or a small constant); then strict UTF-8; then each legacy code page is decoded and its words are scored
 * (Vietnamese syllables well formed, Cyrillic words mostly lower case, no stray combining marks or symbols). The
 * best score wins, ties going to the more common code page. Returns null for binary content (NUL bytes that are not
 * UTF-16, or nothing decodes plausibly).
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess | null {
  const bom = encodingFromBom(bytes)
  if (bom) return { encoding: bom, choices: [bom] }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return { encoding: utf16, choices: [utf16, utf16 === 'utf-16le' ? 'utf-16be' : 'utf-16le'] }
  if (bytes.includes(0)) return null
  if (decodeAs(bytes, 'utf-8') !== null) return { encoding: 'utf-8', choices: ['utf-8', ...legacyEncodings] }
  const sample = bytes.subarray(0, 256 * 1024)
  const scored = legacyEncodings
    .map((encoding, order) => ({ encoding, order, score: plausibility(decodeAs(sample, encoding)) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
  const best = scored[0]
  if (!best || best.score <= 0) return null
  return { encoding: best.encoding, choices: [...scored.map((entry) => entry.encoding), 'utf-8'] }
}

function encodingFromBom(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/**
 * UTF-16 without a BOM: in text of Latin, Cyrillic or Vietnamese letters the high byte of each code unit takes very
 * few values (0x00, 0x01, 0x04, 0x1E, 0x20…), while the low byte varies. Check which half behaves like that.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | null {
  const length = Math.min(bytes.length, 64 * 1024) & ~1
  if (length < 4) return null
  const even = new Map<number, number>()
  const odd = new Map<number, number>()
  for (let index = 0; index < length; index += 2) {
    even.set(bytes[index]!, (even.get(bytes[index]!) ?? 0) + 1)
    odd.set(bytes[index + 1]!, (odd.get(bytes[index + 1]!) ?? 0) + 1)
  }
  const units = length / 2
  const concentrated = (counts: Map<number, number>): boolean => {
    const top = [...counts.values()].sort((a, b) => b - a).slice(0, 4)
    return top.reduce((sum, count) => sum + count, 0) >= units * 0.95 && (counts.get(0) ?? 0) > 0
  }
  const candidate = concentrated(odd) && !concentrated(even) ? 'utf-16le' : null
  const other = concentrated(even) && !concentrated(odd) ? 'utf-16be' : null
  const encoding = candidate ?? other
  if (!encoding) return null
  const decoded = decodeAs(bytes.subarray(0, bytes.length & ~1), encoding)
  return decoded !== null && plausibility(decoded.slice(0, 20_000)) >= 0 ? encoding : null
}

const words = /[\p{L}\p{M}]+/gu

/**
 * How much decoded text looks like real writing: +1 for each word with non-ASCII letters that is well formed in
 * one of our languages, −1 for each that is not, −2 for each control character or replacement character.
 */
function plausibility(text: string | null): number {
  if (text === null) return -Infinity
  const nfc = text.normalize('NFC')
  let score = 0
  for (const match of nfc.matchAll(words)) {
    const word = match[0]
    if (/^[a-zA-Z]+$/.test(word)) continue
    score += wordLooksReal(word) ? 1 : -1
  }
  // eslint-disable-next-line no-control-regex
  score -= 2 * (nfc.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0)
  return score
}

const goodCase = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u
const cyrillicWord = /^\p{Script=Cyrillic}+$/u
const westernWord = /^[a-zA-ZàâäçéèêëîïôöùûüÿœæñáíóúßÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆÑÁÍÓÚ]+$/u

function wordLooksReal(word: string): boolean {
  if (/\p{M}/u.test(word) || !goodCase.test(word)) return false
  // Mostly-capital Cyrillic is what KOI8-R looks like read as Windows-1251 (and the reverse): count it as wrong.
  if (cyrillicWord.test(word)) return word.length < 4 || /\p{Ll}/u.test(word)
  if (isVietnameseSyllable(word)) return true
  return westernWord.test(word) && word.length > 1
}
