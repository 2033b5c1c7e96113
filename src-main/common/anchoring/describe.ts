import type { TextTarget } from '../model/annotation'
import { snapToGraphemes } from './graphemes'

/** How many characters of context a target keeps on each side (W3C TextQuoteSelector prefix/suffix). */
export const contextLength = 32

/**
 * Describe the span [start, end) of `text` as a W3C-style target: a text position plus a text quote with about
 * 32 characters of context each side. The span is first widened to whole grapheme clusters, then whitespace at its
 * edges is dropped (a double-click or a drag past the end of a line picks up spaces and line breaks that nobody
 * means to highlight). Returns null when nothing but whitespace is selected.
 */
export function describeRange(text: string, start: number, end: number): TextTarget | null {
  const low = Math.max(0, Math.min(start, end, text.length))
  const high = Math.min(text.length, Math.max(start, end))
  let { start: from, end: to } = snapToGraphemes(text, low, high)
  while (from < to && /\s/u.test(text[from] ?? '')) from++
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to--
  if (from >= to) return null
  return targetAt(text, from, to)
}

/** The target for a span already known to lie on grapheme boundaries (used after anchoring to refresh context). */
export function targetAt(text: string, start: number, end: number): TextTarget {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
  }
}
