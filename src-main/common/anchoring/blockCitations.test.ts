import { describe, expect, it } from 'vitest'
import type { Block } from '../model/document'
import { blockStartOffsets } from '../text/canonicalText'
import { blockCitations } from './blockCitations'
import { paragraphOrdinalAt } from './paragraphCitation'
import { paragraphLabelAt } from './paragraphLabel'

/** Block shapes a negotiated text mixes: numbered, lettered, articles, bullets, headings, plain paragraphs. */
const shapes: Block[] = [
  { kind: 'heading', text: 'Chương II. Hợp tác kinh tế' },
  { kind: 'heading', text: 'Điều 3. Phạm vi' },
  { kind: 'paragraph', text: '9. Hai bên nhất trí thúc đẩy hợp tác.' },
  { kind: 'paragraph', text: '12(b) Các bộ ngành liên quan.' },
  { kind: 'paragraph', text: '(c) Tăng cường trao đổi đoàn.' },
  { kind: 'paragraph', text: 'b) giáo dục và đào tạo;' },
  { kind: 'paragraph', text: 'Hai bên nhất trí tiếp tục phối hợp chặt chẽ.' },
  { kind: 'paragraph', text: '- đường sắt;' },
  { kind: 'paragraph', text: 'Статья 7 Стороны договорились.' },
  { kind: 'paragraph', text: '1.2. The Parties agreed.' },
  { kind: 'heading', text: 'Annex' },
]

function seeded(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

describe('block citations in one pass', () => {
  it('gives every block the label and ordinal the per-position walk gives, on 300 random documents', () => {
    const random = seeded(7)
    for (let run = 0; run < 300; run++) {
      const blocks = Array.from({ length: 1 + Math.floor(random() * 40) }, () => {
        return shapes[Math.floor(random() * shapes.length)]!
      })
      const starts = blockStartOffsets(blocks)
      const { labels, ordinals } = blockCitations(blocks)
      blocks.forEach((_, index) => {
        expect(labels[index]).toBe(paragraphLabelAt(blocks, starts, starts[index]!))
        expect(ordinals[index]).toBe(paragraphOrdinalAt(blocks, starts, starts[index]!))
      })
    }
  })

  it('labels a continuation paragraph with its number and its place under it', () => {
    const { labels, ordinals } = blockCitations([shapes[2]!, shapes[6]!, shapes[7]!, shapes[0]!, shapes[6]!])
    expect(labels).toEqual(['9', '9', '9', null, null])
    expect(ordinals).toEqual([null, 2, 3, null, null])
  })
})
