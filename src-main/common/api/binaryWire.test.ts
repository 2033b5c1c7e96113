import { describe, expect, it } from 'vitest'
import { decodeBinaryWire, encodeBinaryWire, holdsBytes, MalformedBinaryCall } from './binaryWire'

/** The parts joined into one body, as fetch sends a Blob of them. */
function joined(parts: Uint8Array[]): Uint8Array {
  const body = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0))
  let offset = 0
  for (const part of parts) {
    body.set(part, offset)
    offset += part.byteLength
  }
  return body
}

describe('the binary wire for calls that carry files', () => {
  it('carries every byte value and the JSON around it there and back', () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index * 7919) % 256)
    const value = {
      args: [{ name: 'Tuyên bố – Заявление.txt', bytes, encoding: 'koi8-r' }, { title: 'Điều 3' }, [new Uint8Array()]],
    }
    expect(decodeBinaryWire(joined(encodeBinaryWire(value)))).toEqual(value)
  })

  it('sends the bytes as they are, not inside the JSON', () => {
    const bytes = new TextEncoder().encode('Hai bên nhất trí')
    const parts = encodeBinaryWire({ args: [{ name: 'a.txt', bytes }] })
    expect(parts.at(-1)).toBe(bytes)
    expect(new TextDecoder().decode(parts[1])).not.toContain('Hai')
  })

  it('says when a value holds bytes', () => {
    expect(holdsBytes([{ name: 'a', bytes: new Uint8Array(1) }])).toBe(true)
    expect(holdsBytes(['text', { title: 'x' }, null, 3])).toBe(false)
  })

  it('refuses a body that does not follow the layout', () => {
    const body = joined(encodeBinaryWire({ args: [{ bytes: new Uint8Array([1, 2, 3]) }] }))
    const withJson = (json: string, tail: number[] = []) => {
      const text = new TextEncoder().encode(json)
      return joined([new Uint8Array([0, 0, 0, text.length]), text, new Uint8Array(tail)])
    }
    for (const malformed of [
      body.subarray(0, 3),
      body.subarray(0, 10),
      withJson('{"args":[{"$bytesAt":[2,5]}]}', [1, 2, 3]),
      withJson('{"args":[{"$bytesAt":[-1,1]}]}', [1]),
      withJson('{"args":[{"$bytesAt":[0.5,1]}]}', [1, 2]),
      withJson('{"args":[{"$bytesAt":"0"}]}'),
      withJson('{"args":['),
      joined([new Uint8Array([0, 0, 0, 2]), new Uint8Array([0xc3, 0x28])]),
    ]) {
      expect(() => decodeBinaryWire(malformed)).toThrow(MalformedBinaryCall)
    }
  })
})
