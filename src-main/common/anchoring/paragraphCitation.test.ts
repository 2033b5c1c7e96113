import { describe, expect, it } from 'vitest'
import type { Block } from '../model/document'
import { blockStartOffsets } from '../text/canonicalText'
import { citePassage, formatParagraphCitation, paragraphOrdinalAt } from './paragraphCitation'
import { paragraphLabelAt } from './paragraphLabel'

const blocks: Block[] = [
  { kind: 'heading', text: 'Hợp tác kinh tế' },
  { kind: 'paragraph', text: '11. Hai bên nhấn mạnh cần tận dụng tối đa các tiềm năng.' },
  { kind: 'paragraph', text: 'Hai bên thỏa thuận tiếp tục phối hợp chặt chẽ.' },
  { kind: 'listItem', text: '- Hợp tác quốc phòng - an ninh.' },
  { kind: 'paragraph', text: '12. Các bên nhất trí:' },
  { kind: 'listItem', text: '(b) tăng cường trao đổi đoàn.' },
  { kind: 'heading', text: 'Kết luận' },
  { kind: 'paragraph', text: 'Tuyên bố này được thông qua năm 2025.' },
]
const starts = blockStartOffsets(blocks)
const inBlock = (index: number) => (starts[index] ?? 0) + 3
const cite = (index: number, language: 'en' | 'vi') =>
  citePassage(
    { paragraphLabel: paragraphLabelAt(blocks, starts, inBlock(index)), start: inBlock(index) },
    blocks,
    starts,
    language,
  )

describe('citing the paragraph a passage is in', () => {
  it('cites the numbered paragraph itself plainly and keeps its label the plain number', () => {
    expect(paragraphLabelAt(blocks, starts, inBlock(2))).toBe('11')
    expect(cite(1, 'en')).toBe('¶ 11')
    expect(cite(1, 'vi')).toBe('¶ 11')
  })

  it('cites an unnumbered paragraph by its place under the numbered one, in English and Vietnamese', () => {
    expect(cite(2, 'en')).toBe('¶ 11, 2nd para.')
    expect(cite(2, 'vi')).toBe('¶ 11, đoạn 2')
    expect(cite(3, 'en')).toBe('¶ 11, 3rd para.')
    expect(cite(3, 'vi')).toBe('¶ 11, đoạn 3')
  })

  it('leaves lettered items, headings and unlabelled text as they are', () => {
    expect(cite(5, 'en')).toBe('¶ 12(b)')
    expect(paragraphOrdinalAt(blocks, starts, inBlock(0))).toBeNull()
    expect(cite(7, 'en')).toBeNull()
  })

  it('writes English ordinals as people do', () => {
    expect([4, 11, 12, 13, 21, 22, 103].map((n) => formatParagraphCitation('9', n, 'en'))).toEqual([
      '¶ 9, 4th para.',
      '¶ 9, 11th para.',
      '¶ 9, 12th para.',
      '¶ 9, 13th para.',
      '¶ 9, 21st para.',
      '¶ 9, 22nd para.',
      '¶ 9, 103rd para.',
    ])
  })
})
