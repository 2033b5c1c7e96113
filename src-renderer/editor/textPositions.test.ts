// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { blockStartOffsets } from '@common/text/canonicalText'
import type { Block } from '@common/model/document'
import { DrawnText, offsetAt, offsetsOfRange } from './textPositions'

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

describe('the drawn part of a passage (windowed reader)', () => {
  const many: Block[] = Array.from({ length: 10 }, (_, index) => ({
    kind: 'paragraph' as const,
    text: `${index + 1}. Đoạn số ${index + 1} của văn bản.`,
  }))
  const manyStarts = blockStartOffsets(many)

  /** Blocks 4–6 drawn, gaps for the rest, as the windowed reader leaves them. */
  function drawWindow(): HTMLElement {
    const root = document.createElement('div')
    const drawnBlocks = [4, 5, 6]
      .map((index) => `<p data-block-index="${index}"><span>${many[index]!.text}</span></p>`)
      .join('')
    root.innerHTML = `<div data-reader-gap></div>${drawnBlocks}<div data-reader-gap></div>`
    document.body.replaceChildren(root)
    return root
  }

  const text = (range: AbstractRange | null) => {
    if (!range) return null
    const live = document.createRange()
    live.setStart(range.startContainer, range.startOffset)
    live.setEnd(range.endContainer, range.endOffset)
    return live.toString()
  }

  it('clips a passage that starts above the window and ends below it to the drawn blocks', () => {
    const drawn = new DrawnText(drawWindow(), manyStarts)
    const range = drawn.range(manyStarts[1]! + 3, manyStarts[8]! + 2)
    expect(text(range)).toBe(`${many[4]!.text}${many[5]!.text}${many[6]!.text}`)
  })

  it('paints nothing for a passage wholly outside the window, and exactly the passage inside it', () => {
    const drawn = new DrawnText(drawWindow(), manyStarts)
    expect(drawn.range(manyStarts[1]!, manyStarts[2]!)).toBeNull()
    expect(drawn.rangesFor([{ start: manyStarts[8]!, end: manyStarts[9]! }])).toEqual([])
    expect(text(drawn.range(manyStarts[5]! + 3, manyStarts[5]! + 11))).toBe('Đoạn số ')
  })

  it('maps a point in a gap to the start of the next drawn block', () => {
    const root = drawWindow()
    expect(offsetAt(manyStarts, root.firstElementChild!, 0)).toBe(manyStarts[4])
  })
})
