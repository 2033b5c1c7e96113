import { blockCitations } from '../anchoring/blockCitations'
import type { Block } from '../model/document'
import type { ComparedParagraph, CompareSegment } from '../model/draft'
import type { DraftAlignment } from './draftAlignment'
import type { ParagraphChange } from './paragraphAlignment'

/**
 * The compare model from the alignment of two drafts' blocks: every paragraph in the newer draft's order, deleted
 * ones where they were, each with how it is cited in both drafts and its text as kept, inserted and deleted pieces.
 */
export function comparedParagraphs(
  alignment: DraftAlignment,
  olderBlocks: readonly Block[],
  newerBlocks: readonly Block[],
): { paragraphs: ComparedParagraph[]; changes: number[] } {
  const { older, newer } = alignment
  // All labels in one pass per draft: walking back per paragraph is quadratic on long unnumbered stretches.
  const oldCited = blockCitations(olderBlocks)
  const newCited = blockCitations(newerBlocks)
  const paragraphs: ComparedParagraph[] = []
  const changes: number[] = []
  for (const pair of alignment.paragraphs.pairs) {
    const { oldIndex, newIndex } = pair
    let segments: CompareSegment[]
    if (oldIndex === null) segments = [{ op: 'insert', text: newer.texts[newIndex!]! }]
    else if (newIndex === null) segments = [{ op: 'delete', text: older.texts[oldIndex]! }]
    else segments = wordSegments(alignment, oldIndex, newIndex)
    const kind = compareKind(pair.change)
    if (kind !== 'unchanged') changes.push(paragraphs.length)
    const shownBlock = newIndex === null ? olderBlocks[oldIndex!] : newerBlocks[newIndex]
    paragraphs.push({
      kind,
      oldIndex,
      oldLabel: oldIndex === null ? null : (oldCited.labels[oldIndex] ?? null),
      oldOrdinal: oldIndex === null ? null : (oldCited.ordinals[oldIndex] ?? null),
      newIndex,
      newLabel: newIndex === null ? null : (newCited.labels[newIndex] ?? null),
      newOrdinal: newIndex === null ? null : (newCited.ordinals[newIndex] ?? null),
      heading: shownBlock?.kind === 'heading',
      segments,
    })
  }
  return { paragraphs, changes }
}

function compareKind(change: ParagraphChange): ComparedParagraph['kind'] {
  return change === 'renumbered' ? 'unchanged' : change
}

/** Kept, deleted and inserted pieces of one paragraph pair, in reading order. */
export function wordSegments(alignment: DraftAlignment, oldIndex: number, newIndex: number): CompareSegment[] {
  const oldText = alignment.older.texts[oldIndex]!
  const newText = alignment.newer.texts[newIndex]!
  const segments: CompareSegment[] = []
  const push = (op: CompareSegment['op'], text: string) => {
    if (!text) return
    const last = segments[segments.length - 1]
    if (last && last.op === op) last.text += text
    else segments.push({ op, text })
  }
  for (const run of alignment.runs[oldIndex] ?? []) {
    if (run.op === 'equal') push('equal', newText.slice(run.newStart, run.newEnd))
    else {
      push('delete', oldText.slice(run.oldStart, run.oldEnd))
      push('insert', newText.slice(run.newStart, run.newEnd))
    }
  }
  // Spaces between runs are tokens of their own, so every character is in some run; this only guards the ends.
  return segments.length > 0 ? segments : [{ op: 'equal', text: newText }]
}
