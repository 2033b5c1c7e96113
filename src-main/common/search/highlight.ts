import { foldWithOffsets, originalRange, type FoldMode } from './fold'
import type { SearchTerm } from './parseQuery'
import { tokenize } from './tokens'

/** A range of UTF-16 offsets in some text. */
export type TextRange = { start: number; end: number }

/**
 * Where the terms occur in `text` (the original, accented text), in order and without overlaps. Matching happens on
 * folded tokens exactly as the index matches them; each folded range is then mapped back to the original characters
 * (a Vietnamese letter with two marks, or an NFD letter with its combining marks, is highlighted whole).
 */
export function findMatches(text: string, terms: readonly SearchTerm[], mode: FoldMode): TextRange[] {
  const map = foldWithOffsets(text, mode)
  const tokens = tokenize(map.folded)
  const found: TextRange[] = []
  for (const term of terms) {
    const count = term.tokens.length
    for (let first = 0; first + count <= tokens.length; first++) {
      let matches = true
      for (let offset = 0; offset < count && matches; offset++) {
        const wanted = term.tokens[offset] ?? ''
        const actual = tokens[first + offset]?.text ?? ''
        const isLast = offset === count - 1
        matches = isLast && term.prefix ? actual.startsWith(wanted) : actual === wanted
      }
      if (!matches) continue
      const startToken = tokens[first]
      const endToken = tokens[first + count - 1]
      if (startToken && endToken) found.push(originalRange(map, startToken.start, endToken.end))
    }
  }
  return mergeRanges(text, found)
}

// Overlapping matches, and matches only a space apart ("đường" "sắt"), are marked as one: "đường sắt" reads better.
function mergeRanges(text: string, ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: TextRange[] = []
  for (const range of sorted) {
    const last = merged.at(-1)
    const touching = last && (range.start <= last.end || /^[ \u00a0]+$/.test(text.slice(last.end, range.start)))
    if (last && touching) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

/** A short piece of a passage with the matches marked, offsets relative to `text`. */
export type Snippet = { text: string; highlights: TextRange[]; leadingEllipsis: boolean; trailingEllipsis: boolean }

/**
 * Cut a snippet of about `width` characters around the first match, on word boundaries, keeping every match that
 * falls inside it. Short passages are shown whole.
 */
export function makeSnippet(text: string, matches: readonly TextRange[], width = 220): Snippet {
  if (text.length <= width) return { text, highlights: [...matches], leadingEllipsis: false, trailingEllipsis: false }
  const first = matches[0] ?? { start: 0, end: 0 }
  let start = Math.max(0, first.start - Math.floor(width / 3))
  let end = Math.min(text.length, start + width)
  start = Math.max(0, Math.min(start, end - width))
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < first.start) start = space + 1
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > first.end) end = space
  }
  const highlights = matches
    .filter((range) => range.start >= start && range.end <= end)
    .map((range) => ({ start: range.start - start, end: range.end - start }))
  return { text: text.slice(start, end), highlights, leadingEllipsis: start > 0, trailingEllipsis: end < text.length }
}
