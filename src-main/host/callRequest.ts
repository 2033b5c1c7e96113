import { binaryCallType, decodeBinaryWire, MalformedBinaryCall } from '../common/api/binaryWire'
import { decodeWire, type Base64Codec } from '../common/api/wireCodec'

/** Why a call request was refused before reaching the dispatcher (always a 400: the request itself is malformed). */
export type MalformedCall = { code: 'api.invalidArguments' | 'host.badChannel'; message: string }

/** A well-formed call: the channel named in the path and the arguments from the body. */
export type ParsedCall = { channel: string; args: unknown[] }

// Fatal: a body that is not UTF-8 is refused rather than silently turned into U+FFFD (which would store altered text).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Read `POST /api/call/<channel>` strictly: the channel must be a valid percent-encoding, the body valid UTF-8 JSON
 * of exactly the shape `{ "args": [...] }` (or, with the Content-Type `binaryCallType`, that JSON followed by the
 * file bytes it refers to: common/api/binaryWire.ts). Anything else (a bare `42`, `{}`, `{ "args": 1 }`) is refused,
 * so that a malformed request never runs a call with arguments it did not state.
 */
export function parseCallRequest(
  encodedChannel: string,
  body: Uint8Array,
  base64: Base64Codec,
  contentType = 'application/json',
): ParsedCall | MalformedCall {
  let channel: string
  try {
    channel = decodeURIComponent(encodedChannel)
  } catch {
    return { code: 'host.badChannel', message: 'The channel in the request path is not a valid percent-encoding.' }
  }
  const value = isBinaryCall(contentType) ? readBinary(body) : readJson(body, base64)
  if (value instanceof Refused) return value.call
  const args = typeof value === 'object' && value !== null ? (value as { args?: unknown }).args : undefined
  if (!Array.isArray(args)) {
    return {
      code: 'api.invalidArguments',
      message: 'The request body must be an object of the form { "args": [...] }.',
    }
  }
  return { channel, args }
}

/** A refusal met while reading the body. */
class Refused {
  constructor(readonly call: MalformedCall) {}
}

function isBinaryCall(contentType: string): boolean {
  return contentType.split(';')[0]!.trim().toLowerCase() === binaryCallType
}

function readJson(body: Uint8Array, base64: Base64Codec): unknown {
  let text: string
  try {
    text = strictUtf8.decode(body)
  } catch {
    return new Refused({ code: 'api.invalidArguments', message: 'The request body is not valid UTF-8.' })
  }
  try {
    return decodeWire(text, base64)
  } catch {
    return new Refused({ code: 'api.invalidArguments', message: 'The request is not valid JSON.' })
  }
}

function readBinary(body: Uint8Array): unknown {
  try {
    return decodeBinaryWire(body)
  } catch (error) {
    if (!(error instanceof MalformedBinaryCall)) throw error
    return new Refused({ code: 'api.invalidArguments', message: `The request body is malformed: ${error.message}` })
  }
}
