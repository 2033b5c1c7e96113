import { describe, expect, it } from 'vitest'
import { isVietnameseSyllable } from './vietnameseSyllable'

describe('Vietnamese syllables', () => {
  it('accepts real syllables in any case and normal form', () => {
    for (const word of ['nghiêng', 'Đường', 'khuyến', 'quốc', 'ngoại', 'VIỆT', 'hữu', 'tuyệt'.normalize('NFD')]) {
      expect(isVietnameseSyllable(word)).toBe(true)
    }
  })

  it('rejects what a wrong code page makes of them', () => {
    for (const word of ['viêòt', 'Ðýõng', 'ñang', 'sắắt', 'việệt']) expect(isVietnameseSyllable(word)).toBe(false)
  })
})
