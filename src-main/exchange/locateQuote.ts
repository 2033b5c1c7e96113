import { CodePointIndex } from '../common/text/codePoints'

/** Where an imported annotation lands in a text, or null when its quote is not there. */
export type Located = { start: number; end: number }

/**
 * Place an imported selector in `text` (UTF-16 offsets): the given position when the quote is there (cheap,
 * exact), else the occurrence of the quote whose surrounding text best matches the prefix and suffix, nearest the
 * given position on ties. Without a quote, the position alone is trusted when it is inside the text.
 */
export function locateQuote(
  text: string,
  quote: { exact: string; prefix: string; suffix: string } | null,
  codePointPosition: { start: number; end: number } | null,
): Located | null {
  const index = new CodePointIndex(text)
  const position = codePointPosition
    ? { start: index.toUtf16(codePointPosition.start), end: index.toUtf16(codePointPosition.end) }
    : null
  if (!quote || quote.exact === '') {
    return position && position.start <= position.end && position.end <= text.length ? position : null
  }
  if (position && text.slice(position.start, position.end) === quote.exact) return position
  let best: { start: number; score: number } | null = null
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const prefixScore = commonSuffix(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix)
    const end = at + quote.exact.length
    const suffixScore = commonPrefix(text.slice(end, end + quote.suffix.length), quote.suffix)
    const distance = position ? Math.abs(at - position.start) / Math.max(1, text.length) : 0
    const score = prefixScore + suffixScore - distance
    if (!best || score > best.score) best = { start: at, score }
  }
  return best ? { start: best.start, end: best.start + quote.exact.length } : null
}

function commonPrefix(a: string, b: string): number {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return length
}

function commonSuffix(a: string, b: string): number {
  let length = 0
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++
  return length
}
