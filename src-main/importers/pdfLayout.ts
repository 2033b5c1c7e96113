import type { PdfLine } from './pdfLines'

/** Extra space that sets paragraphs apart: a quarter of a line or more (5 pt after 15.75 pt lines is one). */
export const paragraphGap = 1.25

/** What the body text of a PDF looks like, measured over all its lines (see `measureLayout`). */
export type PdfLayout = {
  /** The body font size: the one most characters are printed in. */
  body: number
  /** The usual distance between baselines of body lines in one paragraph. */
  spacing: number
  /** True when paragraphs are set apart by extra space (then a line without that space continues its paragraph). */
  spaced: boolean
  /** Where body lines start (the left edge of the text box). */
  left: number
  /** Where full body lines end (the right edge of the text box). */
  right: number
}

/**
 * Measure the text box and line spacing from the body lines (those in the body font size). The right edge is the
 * most common line end when lines are justified; otherwise (ragged text) the end of nearly the longest lines.
 */
export function measureLayout(lines: readonly PdfLine[]): PdfLayout {
  // Weighed by characters: in a short text, one heading line must not outvote the one long paragraph.
  const body = mostCommon(
    lines.map((line) => Math.round(line.size * 2) / 2),
    lines.map((line) => line.text.length),
  )
  const bodyLines = lines.filter((line) => Math.abs(line.size - body) < 0.5)
  const gaps = bodyLines.slice(1).flatMap((line, index) => {
    const previous = bodyLines[index]!
    const gap = previous.y - line.y
    return previous.page === line.page && gap > 0 && gap < body * 4 ? [gap] : []
  })
  const spacing = mostCommon(gaps.map((gap) => Math.round(gap * 4) / 4))
  const wide = gaps.filter((gap) => gap > spacing * paragraphGap).length
  const ends = bodyLines.map((line) => Math.round(line.x + line.width))
  const justifiedEnd = mostCommon(ends)
  const sharedEnd = ends.filter((end) => Math.abs(end - justifiedEnd) <= 1).length >= Math.max(3, ends.length * 0.25)
  return {
    body,
    spacing,
    spaced: wide >= Math.max(1, gaps.length * 0.04),
    left: mostCommon(bodyLines.map((line) => Math.round(line.x))),
    right: sharedEnd ? justifiedEnd : quantile(ends, 0.9),
  }
}

/** The most common of some values, each counted `weights[i]` times (once without weights); 0 for none. */
function mostCommon(values: readonly number[], weights?: readonly number[]): number {
  const counts = new Map<number, number>()
  values.forEach((value, index) => counts.set(value, (counts.get(value) ?? 0) + (weights?.[index] ?? 1)))
  let best = 0
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count]
  }
  return best
}

function quantile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!
}
