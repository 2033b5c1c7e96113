/**
 * JSON for the browser host's wire, with one extension: byte arrays in answers and events travel as
 * `{ "$bytes": "<base64>" }` (a call that sends file bytes uses binaryWire.ts instead, with no base64). Electron IPC
 * clones Uint8Array natively and does not need this. Base64 functions are passed in because Node and the browser
 * each have a fast one of their own.
 */
const bytesKey = '$bytes'

export type Base64Codec = {
  encode: (bytes: Uint8Array) => string
  decode: (text: string) => Uint8Array
}

/** Serialise a value for the wire. */
export function encodeWire(value: unknown, base64: Base64Codec): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [bytesKey]: base64.encode(item) } : item,
  )
}

/** Parse a value from the wire. */
export function decodeWire(text: string, base64: Base64Codec): unknown {
  // A reviver costs a call per value: a reply with no byte arrays in it (a document's text) is parsed without one.
  if (!text.includes(`"${bytesKey}"`)) return JSON.parse(text)
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      const keys = Object.keys(item)
      const encoded = (item as Record<string, unknown>)[bytesKey]
      if (keys.length === 1 && typeof encoded === 'string') return base64.decode(encoded)
    }
    return item
  })
}
