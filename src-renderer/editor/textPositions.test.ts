// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { blockStartOffsets } from '@common/text/canonicalText'
import type { Block } from '@common/model/document'
import { offsetsOfRange } from './textPositions'

const blocks: Block[] = [
  { kind: 'paragraph', text: '1. Hai bên nhất trí tăng cường hợp tác.' },
  { kind: 'paragraph', text: '2. Phía Nga ủng hộ dự án.' },
]
const starts = blockStartOffsets(blocks)

function drawReader(): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = blocks
    .map((block, index) => `<p data-block-index="${index}"><span>${block.text}</span></p>`)
    .join('')
  document.body.replaceChildren(root)
  return root
}

describe('offsets of the reader selection', () => {
  it('maps a selection inside the text to the passage it covers', () => {
    const root = drawReader()
    const text = root.querySelector('[data-block-index="1"] span')!.firstChild!
    const range = document.createRange()
    range.setStart(text, 3)
    range.setEnd(text, 7)
    expect(offsetsOfRange(starts, range)).toEqual({ start: starts[1]! + 3, end: starts[1]! + 7 })
  })

  it('maps a whole-paragraph selection that ends between paragraphs (Ctrl+Shift+↓, triple click)', () => {
    const root = drawReader()
    const range = document.createRange()
    range.setStart(root, 0)
    range.setEnd(root, 1)
    expect(offsetsOfRange(starts, range)).toEqual({ start: 0, end: starts[1] })
    range.setEnd(root, 2)
    const last = blocks[1]!.text.length + starts[1]!
    expect(offsetsOfRange(starts, range)).toEqual({ start: 0, end: last })
  })
})
