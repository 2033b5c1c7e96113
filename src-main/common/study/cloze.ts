/**
 * Cloze gaps for study cards, on the canonical text. Gaps are snapped outwards to whole words with
 * Intl.Segmenter (word boundaries are always grapheme boundaries, so a Vietnamese syllable or a Russian word keeps
 * every diacritic and combining mark on one side), then trimmed to the first and last word so that spaces and
 * punctuation at a highlight's edges stay visible. The context is the sentence (or sentences) the gaps sit in.
 */

/** A span of UTF-16 offsets into a text. */
export type Span = { start: number; end: number }

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' })
const sentenceSegmenter = new Intl.Segmenter('und', { granularity: 'sentence' })

/** The block (line of the canonical text) holding `offset`. */
export function lineAround(text: string, offset: number): Span {
  const start = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1
  const newline = text.indexOf('\n', offset)
  return { start, end: newline === -1 ? text.length : newline }
}

/**
 * Widen [start, end) to the whole words it touches and drop spaces and punctuation at its edges.
 * @returns null when the span holds no word at all (nothing to hide).
 */
export function snapToWords(text: string, span: Span): Span | null {
  if (span.end <= span.start) return null
  const line = lineAround(text, Math.min(span.start, text.length))
  const end = Math.min(span.end, line.end)
  let first: Span | null = null
  let last: Span | null = null
  for (const segment of wordSegmenter.segment(text.slice(line.start, line.end))) {
    const segmentStart = line.start + segment.index
    const segmentEnd = segmentStart + segment.segment.length
    if (segmentEnd <= span.start || segmentStart >= end) continue
    if (!segment.isWordLike) continue
    first ??= { start: segmentStart, end: segmentEnd }
    last = { start: segmentStart, end: segmentEnd }
  }
  return first && last ? { start: first.start, end: last.end } : null
}

/** The sentences of the gap's line that the gap touches, without surrounding spaces. */
export function sentenceAround(text: string, gap: Span): Span {
  const line = lineAround(text, gap.start)
  let start = gap.start
  let end = gap.end
  for (const segment of sentenceSegmenter.segment(text.slice(line.start, line.end))) {
    const segmentStart = line.start + segment.index
    const segmentEnd = segmentStart + segment.segment.length
    if (segmentEnd <= gap.start || segmentStart >= gap.end) continue
    start = Math.min(start, segmentStart)
    end = Math.max(end, segmentEnd)
  }
  return trimSpan(text, { start, end })
}

/**
 * A context in which the gaps do not hide every word: the sentence, else its whole paragraph, else the paragraphs
 * either side too (a highlight that is a whole sentence then keeps a paragraph to recall it from).
 * @returns null when even that leaves nothing to read.
 */
export function readableContext(text: string, context: Span, gaps: Span[]): Span | null {
  const line = lineAround(text, context.start)
  const previous = line.start > 0 ? lineAround(text, line.start - 1) : line
  const next = line.end < text.length ? lineAround(text, line.end + 1) : line
  const candidates = [context, trimSpan(text, line), trimSpan(text, { start: previous.start, end: next.end })]
  return candidates.find((candidate) => hasVisibleWord(text, candidate, gaps)) ?? null
}

/** The context with each gap written as Anki cloze markup (`{{cN::words}}`); line breaks become spaces. */
export function clozeMarkup(text: string, context: Span, gaps: { span: Span; number: number }[]): string {
  const ordered = [...gaps].sort((a, b) => a.span.start - b.span.start)
  let markup = ''
  let at = context.start
  for (const gap of ordered) {
    markup += text.slice(at, gap.span.start) + `{{c${gap.number}::${text.slice(gap.span.start, gap.span.end)}}}`
    at = gap.span.end
  }
  return (markup + text.slice(at, context.end)).replace(/\s*\n\s*/g, ' ')
}

/** One run of a cloze card's text: plain, or a gap with its number. */
export type ClozePart = { text: string; gap: number | null }

/** Split cloze markup into plain runs and gaps (what the review screen hides and reveals). */
export function parseCloze(markup: string): ClozePart[] {
  const parts: ClozePart[] = []
  let at = 0
  for (const match of markup.matchAll(/\{\{c(\d+)::([\s\S]*?)(?:::[\s\S]*?)?\}\}/g)) {
    if (match.index > at) parts.push({ text: markup.slice(at, match.index), gap: null })
    parts.push({ text: match[2] ?? '', gap: Number(match[1]) })
    at = match.index + match[0].length
  }
  if (at < markup.length) parts.push({ text: markup.slice(at), gap: null })
  return parts
}

/** True when the markup has at least one gap with words in it and some words outside the gaps. */
export function isUsableCloze(markup: string): boolean {
  const parts = parseCloze(markup)
  const hasWord = (value: string) => [...wordSegmenter.segment(value)].some((segment) => segment.isWordLike)
  return (
    parts.some((part) => part.gap !== null && hasWord(part.text)) &&
    parts.some((part) => part.gap === null && hasWord(part.text))
  )
}

function hasVisibleWord(text: string, context: Span, gaps: Span[]): boolean {
  for (const segment of wordSegmenter.segment(text.slice(context.start, context.end))) {
    if (!segment.isWordLike) continue
    const start = context.start + segment.index
    const end = start + segment.segment.length
    if (!gaps.some((gap) => start < gap.end && end > gap.start)) return true
  }
  return false
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}
