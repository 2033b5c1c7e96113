import { describe, expect, it } from 'vitest'
import { sideOf, wordRedline } from './wordRedline'

describe('wordRedline', () => {
  it('marks the Vietnamese words that were replaced, keeping whole syllables with their tone marks', () => {
    const before = '9. Hai bên nhất trí thành lập Ủy ban liên Chính phủ về năng lượng.'
    const after = '9. Hai bên nhất trí thành lập Ủy ban hỗn hợp về năng lượng tái tạo.'
    const segments = wordRedline(before, after)
    expect(segments.filter((segment) => segment.op === 'delete').map((segment) => segment.text.trim())).toEqual([
      'liên Chính phủ',
    ])
    expect(segments.filter((segment) => segment.op !== 'equal').map((segment) => segment.text.trim())).toEqual([
      'liên Chính phủ',
      'hỗn hợp',
      'tái tạo',
    ])
  })

  it('keeps Russian words whole instead of diffing letter by letter', () => {
    const segments = wordRedline('Стороны договорились о сотрудничестве.', 'Стороны согласились о сотрудничестве.')
    expect(segments).toContainEqual({ op: 'delete', text: 'договорились' })
    expect(segments).toContainEqual({ op: 'insert', text: 'согласились' })
  })

  it('rebuilds both texts exactly, so nothing the reader sees is lost or invented', () => {
    const before = 'The Parties agreed to [strengthen][deepen] cooperation in energy.'
    const after = 'The Parties agreed to deepen cooperation in energy and education.'
    const segments = wordRedline(before, after)
    expect(sideOf(segments, 'old')).toBe(before)
    expect(sideOf(segments, 'new')).toBe(after)
  })

  it('returns one kept run for unchanged text and nothing for two empty texts', () => {
    expect(wordRedline('Hai bên', 'Hai bên')).toEqual([{ op: 'equal', text: 'Hai bên' }])
    expect(wordRedline('', '')).toEqual([])
  })
})
