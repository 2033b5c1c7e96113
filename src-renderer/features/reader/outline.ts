import { useState } from 'react'
import type { Block } from '@common/model/document'

/** One heading of the document, for the outline. */
export type OutlineEntry = { blockIndex: number; level: number; text: string }

/** The headings of a revision, in order. */
function outlineOf(blocks: readonly Block[]): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading' && block.text.trim()) {
      entries.push({ blockIndex, level: block.level ?? 1, text: block.text })
    }
  })
  return entries
}

/** True when two outlines list the same headings at the same blocks. */
function sameOutline(first: readonly OutlineEntry[], second: readonly OutlineEntry[]): boolean {
  if (first.length !== second.length) return false
  return first.every((entry, index) => {
    const other = second[index]!
    return entry.blockIndex === other.blockIndex && entry.level === other.level && entry.text === other.text
  })
}

/**
 * The outline of `blocks`, as the same array for as long as the headings stay the same: a long text's headings come
 * with its first screen, so when the rest of its text arrives the outline's hundreds of entries are not drawn again.
 */
export function useOutline(blocks: readonly Block[]): readonly OutlineEntry[] {
  const [kept, setKept] = useState(() => ({ blocks, entries: outlineOf(blocks) as readonly OutlineEntry[] }))
  if (kept.blocks === blocks) return kept.entries
  // New blocks: computed during this render (React's pattern for state derived from a prop), kept if unchanged.
  const entries = outlineOf(blocks)
  const next = { blocks, entries: sameOutline(kept.entries, entries) ? kept.entries : entries }
  setKept(next)
  return next.entries
}
