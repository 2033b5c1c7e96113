/**
 * The browser host's wire for a call that carries byte arrays (file contents): the bytes travel as they are, after
 * the JSON of the call, instead of as base64 inside it. For a 7 MB file, base64 and a 10 MB JSON string cost the
 * page seconds of encoding and copying before the request left, and the host as long again to decode them.
 *
 * Layout: a 4-byte big-endian length n, n bytes of UTF-8 JSON in which each byte array stands as
 * `{ "$bytesAt": [start, length] }`, then the byte arrays one after another (start counts from the end of the JSON).
 */
const placeholderKey = '$bytesAt'
const headerBytes = 4

/** The media type of a body in this layout. */
export const binaryCallType = 'application/vnd.marginalia.call'

/** A body that does not follow the layout; the host answers it with `api.invalidArguments`. */
export class MalformedBinaryCall extends Error {}

// Fatal: JSON that is not UTF-8 is refused rather than silently turned into U+FFFD (which would store altered text).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** True when `value` holds a byte array anywhere (then it is worth sending in this layout). */
export function holdsBytes(value: unknown): boolean {
  if (value instanceof Uint8Array) return true
  if (Array.isArray(value)) return value.some(holdsBytes)
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsBytes)
  return false
}

/** The parts of a body in this layout, in order (a Blob or a Buffer joins them without another copy of the bytes). */
export function encodeBinaryWire(value: unknown): Uint8Array[] {
  const parts: Uint8Array[] = []
  let next = 0
  const json = JSON.stringify(value, (_key, item: unknown) => {
    if (!(item instanceof Uint8Array)) return item
    parts.push(item)
    next += item.byteLength
    return { [placeholderKey]: [next - item.byteLength, item.byteLength] }
  })
  const jsonBytes = new TextEncoder().encode(json)
  const header = new Uint8Array(headerBytes)
  new DataView(header.buffer).setUint32(0, jsonBytes.byteLength)
  return [header, jsonBytes, ...parts]
}

/**
 * Read a body in this layout; each byte array is a view into `body` (not a copy). Throws MalformedBinaryCall for a
 * short header, JSON that is not UTF-8 or not JSON, or a placeholder that is not two whole numbers within the body.
 */
export function decodeBinaryWire(body: Uint8Array): unknown {
  if (body.byteLength < headerBytes) throw new MalformedBinaryCall('The body is shorter than its header.')
  const jsonLength = new DataView(body.buffer, body.byteOffset, headerBytes).getUint32(0)
  const bytesStart = headerBytes + jsonLength
  if (bytesStart > body.byteLength) throw new MalformedBinaryCall('The JSON is longer than the body.')
  let json: string
  try {
    json = strictUtf8.decode(body.subarray(headerBytes, bytesStart))
  } catch {
    throw new MalformedBinaryCall('The JSON is not valid UTF-8.')
  }
  const bytesLength = body.byteLength - bytesStart
  try {
    return JSON.parse(json, (_key, item: unknown) => {
      const place = placeOf(item)
      if (!place) return item
      const [start, length] = place
      if (start + length > bytesLength) throw new MalformedBinaryCall('A byte array reaches past the body.')
      return new Uint8Array(body.buffer, body.byteOffset + bytesStart + start, length)
    })
  } catch (error) {
    throw error instanceof MalformedBinaryCall ? error : new MalformedBinaryCall('The JSON is not valid.')
  }
}

/** `[start, length]` when `item` is a placeholder; a placeholder that is not two whole numbers is malformed. */
function placeOf(item: unknown): [number, number] | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null
  const keys = Object.keys(item)
  if (keys.length !== 1 || keys[0] !== placeholderKey) return null
  const place = (item as Record<string, unknown>)[placeholderKey]
  const whole = (each: unknown) => Number.isSafeInteger(each) && (each as number) >= 0
  if (!Array.isArray(place) || place.length !== 2 || !place.every(whole)) {
    throw new MalformedBinaryCall('A byte array placeholder is not [start, length].')
  }
  return place as [number, number]
}
