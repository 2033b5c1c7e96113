/**
 * Grapheme-cluster boundaries, so that a selection never cuts a letter from its combining marks ("ế" typed as
 * e + U+0302 + U+0301 in NFD text, emoji with modifiers, surrogate pairs). Only a small window around each boundary
 * is segmented: segmenting a whole 1 MB text for every selection would cost milliseconds we do not have.
 */
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' })

/** No grapheme cluster we care about is longer than this many UTF-16 units (long emoji ZWJ sequences fit). */
const window = 64

/** The nearest grapheme boundary at or before `offset`. */
export function graphemeStartAtOrBefore(text: string, offset: number): number {
  return boundaryAround(text, offset).before
}

/** The nearest grapheme boundary at or after `offset`. */
export function graphemeEndAtOrAfter(text: string, offset: number): number {
  return boundaryAround(text, offset).after
}

function boundaryAround(text: string, offset: number): { before: number; after: number } {
  const clamped = Math.max(0, Math.min(text.length, offset))
  if (clamped === 0 || clamped === text.length) return { before: clamped, after: clamped }
  const from = Math.max(0, clamped - window)
  const to = Math.min(text.length, clamped + window)
  let before = from
  let after = to
  for (const segment of segmenter.segment(text.slice(from, to))) {
    const start = from + segment.index
    const end = start + segment.segment.length
    if (start <= clamped && clamped < end) {
      before = start
      after = start === clamped ? start : end
      break
    }
  }
  return { before, after }
}

/** Widen [start, end) outwards to whole grapheme clusters. */
export function snapToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  const snappedStart = graphemeStartAtOrBefore(text, start)
  const snappedEnd = Math.max(snappedStart, graphemeEndAtOrAfter(text, end))
  return { start: snappedStart, end: snappedEnd }
}
