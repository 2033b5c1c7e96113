// @vitest-environment jsdom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import type { Block } from '@common/model/document'
import { useOutline, type OutlineEntry } from './outline'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** A long text's blocks: a heading every 25th, the others stand-ins (spaces) until `arrived`. */
function blocks(arrived: boolean, heading = 'Phần'): Block[] {
  return Array.from({ length: 500 }, (_, index): Block => {
    if (index % 25 === 0) return { kind: 'heading', level: 1, text: `${heading} ${index / 25 + 1}` }
    const text = `${index}. Hai bên nhất trí thúc đẩy hợp tác.`
    return { kind: 'paragraph', text: arrived ? text : ' '.repeat(text.length) }
  })
}

/** Render useOutline over each list of blocks in turn; what it returned each time. */
function outlinesOf(...revisions: Block[][]): (readonly OutlineEntry[])[] {
  const seen: (readonly OutlineEntry[])[] = []
  function Probe({ of }: { of: Block[] }) {
    seen.push(useOutline(of))
    return null
  }
  const root = createRoot(document.createElement('div'))
  for (const revision of revisions) act(() => root.render(<Probe of={revision} />))
  act(() => root.unmount())
  return seen
}

describe('the outline', () => {
  it('stays the same list when the rest of a long text arrives (its headings came with the first screen)', () => {
    const [first, whole] = outlinesOf(blocks(false), blocks(true))
    expect(first).toHaveLength(20)
    expect(first![1]).toEqual({ blockIndex: 25, level: 1, text: 'Phần 2' })
    expect(whole).toBe(first)
  })

  it('is a new list when a heading changed', () => {
    const [first, renamed] = outlinesOf(blocks(true), blocks(true, 'Chương'))
    expect(renamed).not.toBe(first)
    expect(renamed![1]!.text).toBe('Chương 2')
  })
})
