import type { CompareSegment } from '../model/draft'
import { alignWords } from './wordAlignment'
import { TokenIds } from './wordTokens'

/** The word-level redline of a passage between two drafts: kept, deleted and inserted pieces in reading order. */
export function redline(oldText: string, newText: string): CompareSegment[] {
  const segments: CompareSegment[] = []
  const push = (op: CompareSegment['op'], text: string) => {
    if (!text) return
    const last = segments[segments.length - 1]
    if (last && last.op === op) last.text += text
    else segments.push({ op, text })
  }
  for (const run of alignWords(oldText, newText, new TokenIds())) {
    if (run.op === 'equal') push('equal', newText.slice(run.newStart, run.newEnd))
    else {
      push('delete', oldText.slice(run.oldStart, run.oldEnd))
      push('insert', newText.slice(run.newStart, run.newEnd))
    }
  }
  return segments
}

/** Which passages changed since draft `sinceDraft`: reworded when carried from it or later, or still badged. */
export function changedSinceDraft(
  carryOver: {
    class: string
    fromDraft: number
    previousExact: string
    changedSince: { draft: number; exact: string } | null
  } | null,
  sinceDraft: number,
): string | null {
  if (!carryOver) return null
  if (carryOver.changedSince && carryOver.changedSince.draft >= sinceDraft) return carryOver.changedSince.exact
  if (carryOver.class === 'reworded' && carryOver.fromDraft >= sinceDraft) return carryOver.previousExact
  return null
}
