import { describe, expect, it } from 'vitest'
import { CodePointIndex } from './codePoints'

describe('CodePointIndex', () => {
  const text = 'a😀b Điều 3 𝒳c'
  const index = new CodePointIndex(text)

  it('converts UTF-16 offsets to code points and back, around astral characters', () => {
    for (let codePoint = 0; codePoint <= [...text].length; codePoint++) {
      const utf16 = [...text].slice(0, codePoint).join('').length
      expect(index.toCodePoints(utf16)).toBe(codePoint)
      expect(index.toUtf16(codePoint)).toBe(utf16)
    }
  })

  it('is the identity for text without astral characters (all Vietnamese and Cyrillic)', () => {
    const plain = new CodePointIndex('Hai bên nhất trí — Конвенция')
    expect(plain.toCodePoints(17)).toBe(17)
    expect(plain.toUtf16(17)).toBe(17)
  })
})
