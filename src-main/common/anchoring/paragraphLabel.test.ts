import { describe, expect, it } from 'vitest'
import type { Block } from '../model/document'
import { blockStartOffsets } from '../text/canonicalText'
import { ownLabel, paragraphLabelAt } from './paragraphLabel'

const blocks: Block[] = [
  { kind: 'heading', text: 'Hợp tác kinh tế' },
  { kind: 'paragraph', text: '8. Hai bên nhấn mạnh cần tận dụng tối đa các tiềm năng.' },
  { kind: 'paragraph', text: 'Hai bên thỏa thuận tiếp tục phối hợp chặt chẽ.' },
  { kind: 'listItem', text: '- Hợp tác quốc phòng - an ninh.' },
  { kind: 'paragraph', text: '12. Các bên nhất trí:' },
  { kind: 'listItem', text: '(b) tăng cường trao đổi đoàn.' },
  { kind: 'heading', text: 'Kết luận' },
  { kind: 'paragraph', text: 'Điều 3. Hiệp định có hiệu lực.' },
  { kind: 'paragraph', text: 'Tuyên bố này được thông qua năm 2025.' },
]
const starts = blockStartOffsets(blocks)
const labelOfBlock = (index: number) => paragraphLabelAt(blocks, starts, (starts[index] ?? 0) + 2)

describe('paragraph labels diplomats cite', () => {
  it('reads the number a paragraph carries', () => {
    expect(labelOfBlock(1)).toBe('8')
    expect(ownLabel('12(b) các bên')).toBe('12(b)')
    expect(labelOfBlock(7)).toBe('Điều 3')
    expect(ownLabel('Статья 7. Стороны')).toBe('Статья 7')
  })

  it('gives continuation paragraphs and bullets the number of their paragraph', () => {
    expect(labelOfBlock(2)).toBe('8')
    expect(labelOfBlock(3)).toBe('8')
  })

  it('labels a lettered item with its parent number', () => {
    expect(labelOfBlock(5)).toBe('12(b)')
  })

  it('has no label for headings and text before any number', () => {
    expect(labelOfBlock(0)).toBeNull()
    expect(labelOfBlock(6)).toBeNull()
  })

  it('does not read a year as a paragraph number', () => {
    expect(ownLabel('2025 là năm kỷ niệm')).toBeNull()
  })
})
