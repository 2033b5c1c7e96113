import { $getRoot, type LexicalNode } from 'lexical'
import type { Block } from '@common/model/document'
import { $createBlockNode } from './buildBlocks'
import { $isReaderBlockNode, type ReaderBlockNode } from './nodes/ReaderBlockNode'
import { $createReaderGapNode } from './nodes/ReaderGapNode'

/** One child of the editor's root in the windowed reader: a drawn block, or a gap standing for undrawn ones. */
export type WindowItem = { kind: 'block'; index: number } | { kind: 'gap'; height: number }

/**
 * Make the editor's root hold exactly `items`, in order (inside an editor update). Blocks that stay drawn keep
 * their nodes, so Lexical keeps their DOM (and a selection inside them survives); only blocks entering the window
 * and those in `rebuild` (their text changed) are built, and gaps are rebuilt with their new heights.
 */
export function $showWindow(
  blocks: readonly Block[],
  items: readonly WindowItem[],
  rebuild: ReadonlySet<number> = new Set(),
): void {
  const root = $getRoot()
  const wanted = new Set<number>()
  for (const item of items) if (item.kind === 'block') wanted.add(item.index)
  const kept = new Map<number, ReaderBlockNode>()
  for (const child of root.getChildren()) {
    const index = $isReaderBlockNode(child) ? child.getBlockIndex() : -1
    if (wanted.has(index) && !rebuild.has(index)) kept.set(index, child as ReaderBlockNode)
    else child.remove()
  }
  let previous: LexicalNode | null = null
  for (const item of items) {
    const node =
      item.kind === 'block'
        ? (kept.get(item.index) ?? $createBlockNode(blocks, item.index))
        : $createReaderGapNode(item.height)
    const expected: LexicalNode | null = previous ? previous.getNextSibling() : root.getFirstChild()
    // Kept blocks are already in order: only new nodes are inserted, before the next kept one. Compared by key:
    // removing a kept block's neighbours gives Lexical a newer copy of it than the one held here.
    if (!expected?.is(node)) {
      if (previous) previous.insertAfter(node)
      else if (expected) expected.insertBefore(node)
      else root.append(node)
    }
    previous = node
  }
}
