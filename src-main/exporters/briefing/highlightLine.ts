import type { Annotation } from '../../common/model/annotation'
import type { BriefingCanvas, TextStyle } from './canvas'
import { highlightRgb } from './colors'
import type { NativeAnnotations } from './pdfAnnotations'

/** Height of the printed glyph box as a multiple of the font size (Noto: ascender 1.069 + descender 0.293). */
export const glyphBoxRatio = 1.362

/** A highlight to draw over a paragraph, in that paragraph's offsets. */
export type Span = { annotation: Annotation; start: number; end: number }

/**
 * Draw the highlight rectangles of one line before its text (so the text prints on top) and record each
 * rectangle for the native PDF annotation. `lineStart`/`lineEnd` and spans share one coordinate system.
 * Overlapping highlights are translucent, so an overlap reads as a darker band.
 */
export function highlightLine(
  canvas: BriefingCanvas,
  paragraph: string,
  line: { start: number; end: number; x: number; y: number; pageIndex: number },
  spans: readonly Span[],
  style: TextStyle,
  native: NativeAnnotations,
): void {
  const measure = canvas.measurer(style)
  const height = style.size * glyphBoxRatio
  for (const span of spans) {
    const start = Math.max(span.start, line.start)
    const end = Math.min(span.end, line.end)
    if (end <= start) continue
    const x = line.x + measure(paragraph.slice(line.start, start))
    const width = measure(paragraph.slice(start, end))
    canvas.fillRect(x, line.y, width, height, highlightRgb[span.annotation.color], 0.6)
    native.add(span.annotation, { pageIndex: line.pageIndex, x, y: line.y, width, height })
  }
}
