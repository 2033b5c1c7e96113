import type { ComparedParagraph, CompareSegment } from '../model/draft'
import type { DraftAlignment } from './draftAlignment'
import type { ParagraphChange } from './paragraphAlignment'

/** Paragraph labels of a draft by block index (the caller computes them with paragraphLabelAt). */
export type LabelsOf = (index: number) => string | null

/**
 * The compare model from the alignment: every paragraph in the newer draft's order, deleted ones where they were,
 * each with its number in both drafts and its text as kept, inserted and deleted pieces.
 */
export function comparedParagraphs(
  alignment: DraftAlignment,
  oldLabel: LabelsOf,
  newLabel: LabelsOf,
): { paragraphs: ComparedParagraph[]; changes: number[] } {
  const { older, newer } = alignment
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
    paragraphs.push({
      kind,
      oldIndex,
      oldLabel: oldIndex === null ? null : oldLabel(oldIndex),
      newIndex,
      newLabel: newIndex === null ? null : newLabel(newIndex),
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
