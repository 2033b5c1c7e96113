/** A line of a paragraph, as offsets into the paragraph's text (trailing spaces excluded from `end`). */
export type Line = { start: number; end: number }

/**
 * Width in points of a piece of text in the current font and size; `at` (the text's offset in the paragraph, when
 * known) lets a measure of mixed bold and regular text pick the face of the word.
 */
export type Measure = (text: string, at?: number) => number

/**
 * Greedy line breaking at spaces: words are measured once each (pdfkit caches word layouts), which keeps a
 * 1 MB document fast; a word wider than the line is cut between characters. Offsets are kept so that highlights
 * and PDF QuadPoints can be placed over exactly the characters an annotation covers.
 */
export function breakLines(text: string, width: number, measure: Measure): Line[] {
  const lines: Line[] = []
  const spaceWidth = measure(' ')
  let lineStart = -1
  let lineEnd = 0
  let lineWidth = 0
  // A lone dash ("Việt Nam - Nga") is kept with the word after it: a line ending in "-" reads as a hyphenated
  // word, and text extraction (pdftotext) would join the two lines and drop the dash.
  const words = /(?:[-–—] +)?[^ ]+/g
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const wordStart = match.index
    const wordEnd = wordStart + match[0].length
    const wordWidth = measure(match[0], wordStart)
    const gap = lineStart < 0 ? 0 : (wordStart - lineEnd) * spaceWidth
    if (lineStart >= 0 && lineWidth + gap + wordWidth <= width) {
      lineWidth += gap + wordWidth
      lineEnd = wordEnd
      continue
    }
    if (lineStart >= 0) lines.push({ start: lineStart, end: lineEnd })
    if (wordWidth <= width) {
      lineStart = wordStart
      lineEnd = wordEnd
      lineWidth = wordWidth
      continue
    }
    // A word longer than the line (a URL, a long number): cut it where it fills the line.
    let pieceStart = wordStart
    for (let index = wordStart + 1; index <= wordEnd; index++) {
      if (index === wordEnd || measure(text.slice(pieceStart, index + 1)) > width) {
        if (index === wordEnd) break
        lines.push({ start: pieceStart, end: index })
        pieceStart = index
      }
    }
    lineStart = pieceStart
    lineEnd = wordEnd
    lineWidth = measure(text.slice(pieceStart, wordEnd))
  }
  if (lineStart >= 0) lines.push({ start: lineStart, end: lineEnd })
  if (lines.length === 0) lines.push({ start: 0, end: 0 })
  return lines
}
