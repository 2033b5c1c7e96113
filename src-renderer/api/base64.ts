import type { Base64Codec } from '@common/api/wireCodec'

const chunkSize = 0x8000

/** The native converters of newer engines (Chromium 140+): one call in C++ instead of a loop over every byte. */
type NativeBase64 = {
  toBase64?: (this: Uint8Array) => string
}
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64

/**
 * Base64 in the browser without building one giant string argument (files can be tens of megabytes). The native
 * converters are used where the engine has them: for a 7 MB file the byte loop took seconds on a loaded machine
 * before the import call was even sent.
 */
export const browserBase64: Base64Codec = {
  encode(bytes) {
    const toBase64 = (Uint8Array.prototype as NativeBase64).toBase64
    if (toBase64) return toBase64.call(bytes)
    let binary = ''
    for (let offset = 0; offset < bytes.length; offset += chunkSize) {
      binary += String.fromCharCode(...bytes.subarray(offset, offset + chunkSize))
    }
    return btoa(binary)
  },
  decode(text) {
    if (nativeFromBase64) return nativeFromBase64.call(Uint8Array, text)
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
    return bytes
  },
}
