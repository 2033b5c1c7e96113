import { describe, expect, it } from 'vitest'
import { findMatches, makeSnippet } from './highlight'

describe('snippets', () => {
  it('marks a phrase as one range and a prefix as the whole word', () => {
    const text = 'Hai bên tăng cường hợp tác về năng lượng hạt nhân.'
    const ranges = findMatches(
      text,
      [
        { tokens: ['hop', 'tac'], prefix: false },
        { tokens: ['nang', 'lu'], prefix: true },
      ],
      'loose',
    )
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['hợp tác', 'năng lượng'])
  })

  it('cuts long passages around the first match on word boundaries, keeping the marks on the same words', () => {
    const text = `${'Mở đầu dài dòng '.repeat(40)}đường sắt cao tốc Bắc Nam ${'và phần kết '.repeat(40)}`
    const snippet = makeSnippet(text, findMatches(text, [{ tokens: ['duong', 'sat'], prefix: false }], 'loose'))
    expect(snippet.text.length).toBeLessThanOrEqual(220)
    expect(snippet).toMatchObject({ leadingEllipsis: true, trailingEllipsis: true })
    expect(snippet.highlights.map((range) => snippet.text.slice(range.start, range.end))).toEqual(['đường sắt'])
    expect(snippet.text.startsWith(' ')).toBe(false)
  })
})
