import { paragraphLabelAt } from '../common/anchoring/paragraphLabel'
import type { Block } from '../common/model/document'
import { blockStartOffsets } from '../common/text/canonicalText'

/** One block of a revision as the search index stores it. */
export type BlockEntry = {
  blockIndex: number
  /** UTF-16 start and end in the revision's canonical text. */
  start: number
  end: number
  /** The citable paragraph label, as annotations compute it. */
  label: string | null
  body: string
}

/** A revision's blocks from its stored `blocks` JSON; odd input gives no blocks (search must never throw on a write). */
export function parseStoredBlocks(json: unknown): Block[] {
  if (typeof json !== 'string') return []
  try {
    const parsed: unknown = JSON.parse(json)
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (block): block is Block =>
        typeof (block as Block | null)?.text === 'string' && !(block as Block).text.includes('\n'),
    )
  } catch {
    return []
  }
}

/**
 * The index entries of `blocks` from `from` (inclusive) to `to` (exclusive), one per block, empty ones included (the
 * caller skips them): the `search_blocks` SQL function and the sliced indexer both read blocks through this.
 */
export function* blockEntries(
  blocks: readonly Block[],
  starts: readonly number[] = blockStartOffsets(blocks),
  from = 0,
  to = blocks.length,
): Generator<BlockEntry> {
  for (let index = from; index < Math.min(to, blocks.length); index++) {
    const block = blocks[index]!
    const start = starts[index] ?? 0
    yield {
      blockIndex: index,
      start,
      end: start + block.text.length,
      label: paragraphLabelAt(blocks, starts, start),
      body: block.text,
    }
  }
}
