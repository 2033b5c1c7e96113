import { diffArrays } from 'diff'
import type { CompareSegment } from '@common/model/draft'

// Word tokens by Intl.Segmenter, so Vietnamese syllables with tone marks and Cyrillic words stay whole tokens.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' })

/**
 * A word-level redline from `before` to `after`: kept, deleted and inserted runs in reading order (a deletion
 * comes before the insertion that replaces it). The two texts can be rebuilt from it: equal + delete is `before`,
 * equal + insert is `after`.
 */
export function wordRedline(before: string, after: string): CompareSegment[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : []
  const segments: CompareSegment[] = []
  let deleted = ''
  let inserted = ''
  const flush = () => {
    if (deleted) segments.push({ op: 'delete', text: deleted })
    if (inserted) segments.push({ op: 'insert', text: inserted })
    deleted = inserted = ''
  }
  // Every token, spaces included, takes part in the diff, so both texts are rebuilt exactly from the segments.
  const changes = diffArrays(tokens(before), tokens(after))
  changes.forEach((change, index) => {
    const text = change.value.join('')
    if (change.removed) deleted += text
    else if (change.added) inserted += text
    else if ((deleted || inserted) && /^\s+$/u.test(text) && changes[index + 1]) {
      // A lone space between two edits belongs to the edit: "liên Chính phủ" → "hỗn hợp", not word by word.
      deleted += text
      inserted += text
    } else {
      flush()
      segments.push({ op: 'equal', text })
    }
  })
  flush()
  return segments
}

function tokens(text: string): string[] {
  return Array.from(segmenter.segment(text), (each) => each.segment)
}

/** The text of the side a segment list describes: 'old' keeps deletions, 'new' keeps insertions. */
export function sideOf(segments: readonly CompareSegment[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete'
  return segments
    .filter((segment) => segment.op !== skip)
    .map((segment) => segment.text)
    .join('')
}
