import type { Block } from '../common/model/document'
import { blockText } from '../common/text/normalizeText'

/** Enforce the block invariants whatever an importer produced; marks survive only where the text kept its length. */
export function finishBlocks(blocks: readonly Block[]): Block[] {
  const finished: Block[] = []
  for (const block of blocks) {
    const text = blockText(block.text)
    if (!text) continue
    const { marks, ...rest } = block
    const keepMarks = marks && marks.length > 0 && text === block.text
    finished.push(keepMarks ? { ...rest, text, marks } : { ...rest, text })
  }
  return finished
}
