import type { MarkdownRun } from '../../common/text/lightMarkdown'
import type { BriefingCanvas, TextStyle } from './canvas'
import type { FontName } from './fonts'
import { breakLines } from './lineLayout'

/** A piece of a line drawn in one style. */
export type StyledSegment = { text: string; style: TextStyle }

/** The face for bold and/or italic text in a base face (serif has no bold italic registered; bold wins). */
const faces: Record<FontName, { bold: FontName; italic: FontName; boldItalic: FontName }> = {
  sans: { bold: 'sansBold', italic: 'sansItalic', boldItalic: 'sansBoldItalic' },
  sansBold: { bold: 'sansBold', italic: 'sansBoldItalic', boldItalic: 'sansBoldItalic' },
  sansItalic: { bold: 'sansBoldItalic', italic: 'sansItalic', boldItalic: 'sansBoldItalic' },
  sansBoldItalic: { bold: 'sansBoldItalic', italic: 'sansBoldItalic', boldItalic: 'sansBoldItalic' },
  serif: { bold: 'serifBold', italic: 'serifItalic', boldItalic: 'serifBold' },
  serifBold: { bold: 'serifBold', italic: 'serifBold', boldItalic: 'serifBold' },
  serifItalic: { bold: 'serifBold', italic: 'serifItalic', boldItalic: 'serifBold' },
}

/** The style a run is drawn in, from the base style of its text. */
function runStyle(run: MarkdownRun, base: TextStyle): TextStyle {
  if (!run.bold && !run.italic) return base
  const face = faces[base.font]
  return { ...base, font: run.bold && run.italic ? face.boldItalic : run.bold ? face.bold : face.italic }
}

/**
 * Break lines of runs (one entry per printed line: a paragraph line or a list item) to `width`, each wrapped line
 * a list of segments in their own faces. Each word is measured in the face it starts in, so bold words take the
 * room they need.
 */
export function layoutRuns(
  canvas: BriefingCanvas,
  lines: readonly (readonly MarkdownRun[])[],
  base: TextStyle,
  width: number,
): StyledSegment[][] {
  const out: StyledSegment[][] = []
  for (const runs of lines) {
    const text = runs.map((run) => run.text).join('')
    const styles: TextStyle[] = []
    const starts: number[] = []
    let offset = 0
    for (const run of runs) {
      starts.push(offset)
      styles.push(runStyle(run, base))
      offset += run.text.length
    }
    const styleAt = (at: number) => {
      let index = 0
      while (index + 1 < starts.length && starts[index + 1]! <= at) index++
      return styles[index] ?? base
    }
    const measure = (piece: string, at?: number) => canvas.width(piece, at === undefined ? base : styleAt(at))
    for (const line of breakLines(text, width, measure)) {
      const segments: StyledSegment[] = []
      for (const [index, start] of starts.entries()) {
        const end = index + 1 < starts.length ? starts[index + 1]! : text.length
        const from = Math.max(start, line.start)
        const to = Math.min(end, line.end)
        if (to > from) segments.push({ text: text.slice(from, to), style: styles[index]! })
      }
      out.push(segments)
    }
  }
  return out
}

/** Draw a line of segments from (x, y), each after the one before. */
export function drawSegments(canvas: BriefingCanvas, segments: readonly StyledSegment[], x: number, y: number): void {
  let cursor = x
  for (const segment of segments) {
    canvas.text(segment.text, cursor, y, segment.style)
    cursor += canvas.width(segment.text, segment.style)
  }
}

/** A line's height: the tallest style on it. */
export function segmentsHeight(canvas: BriefingCanvas, segments: readonly StyledSegment[], base: TextStyle): number {
  return Math.max(canvas.lineHeight(base), ...segments.map((segment) => canvas.lineHeight(segment.style)))
}

/** A wrapped paragraph of runs at the canvas cursor, breaking pages as needed (like `BriefingCanvas.paragraph`). */
export function richParagraph(
  canvas: BriefingCanvas,
  lines: readonly (readonly MarkdownRun[])[],
  base: TextStyle,
  area: { x: number; width: number },
): void {
  for (const segments of layoutRuns(canvas, lines, base, area.width)) {
    const height = segmentsHeight(canvas, segments, base)
    canvas.ensure(height)
    drawSegments(canvas, segments, area.x, canvas.y)
    canvas.y += height
  }
}
