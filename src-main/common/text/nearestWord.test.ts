import { describe, expect, it } from 'vitest'
import { nearestWord } from './nearestWord'

const word = (text: string, offset: number): string | null => {
  const span = nearestWord(text, offset)
  return span ? text.slice(span.start, span.end) : null
}

describe('the word nearest a point', () => {
  it('is the word the point touches, Vietnamese and Russian included', () => {
    expect(word('Hai bên thống nhất', 5)).toBe('bên')
    expect(word('Hai bên thống nhất', 7)).toBe('bên')
    expect(word('Стороны согласились', 0)).toBe('Стороны')
  })

  it('is the closest word across spaces and punctuation, never across a block boundary', () => {
    expect(word('Điều 3.  — ', 9)).toBe('3')
    expect(word('first\n  — ', 8)).toBeNull()
    expect(word('end.\nnext', 4)).toBe('end')
  })
})
