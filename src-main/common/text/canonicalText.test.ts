import { describe, expect, it } from 'vitest'
import type { Block } from '../model/document'
import { blockIndexAt, blockStartOffsets, canonicalText } from './canonicalText'

const blocks: Block[] = [
  { kind: 'heading', text: 'Kết luận', level: 2 },
  { kind: 'paragraph', text: '9. Hai bên nhất trí…' },
  { kind: 'paragraph', text: '10. Đường sắt' },
]

describe('canonical text', () => {
  it('joins blocks with one newline, keeping paragraph numbers as text', () => {
    expect(canonicalText(blocks)).toBe('Kết luận\n9. Hai bên nhất trí…\n10. Đường sắt')
  })

  it('finds the block for any offset, separators counting with the block before', () => {
    const text = canonicalText(blocks)
    const starts = blockStartOffsets(blocks)
    expect(starts).toEqual([0, 9, 30])
    expect(text.slice(starts[1], starts[1]! + 2)).toBe('9.')
    expect(blockIndexAt(starts, 0)).toBe(0)
    expect(blockIndexAt(starts, 8)).toBe(0)
    expect(blockIndexAt(starts, 9)).toBe(1)
    expect(blockIndexAt(starts, text.indexOf('Đường'))).toBe(2)
    expect(blockIndexAt(starts, text.length)).toBe(2)
  })
})
