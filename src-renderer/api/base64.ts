import type { Base64Codec } from '@common/api/wireCodec'

const chunkSize = 0x8000

/** Base64 in the browser without building one giant string argument (files can be tens of megabytes). */
export const browserBase64: Base64Codec = {
  encode(bytes) {
    let binary = ''
    for (let offset = 0; offset < bytes.length; offset += chunkSize) {
      binary += String.fromCharCode(...bytes.subarray(offset, offset + chunkSize))
    }
    return btoa(binary)
  },
  decode(text) {
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
    return bytes
  },
}
