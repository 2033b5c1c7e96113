import { describe, expect, it } from 'vitest'
import { browserBase64 } from './base64'

describe('base64 for the browser transport', () => {
  it('carries every byte value there and back', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => (index * 7919) % 256)
    expect(browserBase64.decode(browserBase64.encode(bytes))).toEqual(bytes)
  })

  it('writes what the host decodes', () => {
    const text = new TextEncoder().encode('Hợp tác – Сотрудничество')
    expect(browserBase64.encode(text)).toBe('SOG7o3AgdMOhYyDigJMg0KHQvtGC0YDRg9C00L3QuNGH0LXRgdGC0LLQvg==')
  })
})
