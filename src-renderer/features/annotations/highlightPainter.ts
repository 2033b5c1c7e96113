/**
 * Paints annotations over the reader's DOM with the CSS Custom Highlight API: one `Highlight` per colour plus
 * `selected` and `flash`, each a set of StaticRanges, styled with `::highlight(marginalia-…)` in annotations.css.
 * The Lexical document and the reader's DOM are never touched. Only the drawn blocks are painted (the reader draws
 * a window of a long text), so the cost follows the window, not the document: a repaint checks every annotation
 * against the drawn extent (cheap comparisons) and builds ranges for the ones in it; adding one costs one range. Overlapping highlights are
 * translucent, so nested passages show darker where they overlap; each stays reachable by clicking (see
 * hitTest.ts) or from the panel.
 */
import { annotationColors, type Annotation, type AnnotationColor } from '@common/model/annotation'
import { DrawnText } from '../../editor/textPositions'

/** Highlight names registered in CSS.highlights, by colour and state. */
export const highlightNames = {
  color: (color: AnnotationColor) => `marginalia-${color}`,
  selected: 'marginalia-selected',
  flash: 'marginalia-flash',
}

/** True where the CSS Custom Highlight API exists (every current Chromium and Electron). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'
}

type Painted = { annotation: Annotation; range: StaticRange | null }

/** Above this many changes in one update, repainting everything drawn is cheaper than editing the Highlights. */
const bulkThreshold = 64

/** Draws and redraws the annotations of one document over one reader root. */
export class HighlightPainter {
  private annotations: readonly Annotation[] = []
  /** Each anchored annotation with its range in the drawn blocks (null where none of it is drawn). */
  private readonly painted = new Map<string, Painted>()
  private readonly byColor = new Map<AnnotationColor, Highlight>()
  private readonly selected = new Highlight()
  private readonly flash = new Highlight()
  private selectedId: string | null = null

  constructor(
    private readonly root: HTMLElement,
    private readonly starts: readonly number[],
  ) {
    this.selected.priority = 10
    this.flash.priority = 11
    CSS.highlights.set(highlightNames.selected, this.selected)
    CSS.highlights.set(highlightNames.flash, this.flash)
  }

  /**
   * Bring the painting in line with `annotations` (orphaned ones are never drawn): unchanged annotations (same
   * object) keep their range, a few changed ones are redrawn one by one, many at once repaint everything drawn.
   */
  update(annotations: readonly Annotation[]): void {
    this.annotations = annotations
    const seen = new Set<string>()
    const changed: Annotation[] = []
    for (const annotation of annotations) {
      if (annotation.anchorStatus !== 'anchored') continue
      seen.add(annotation.id)
      if (this.painted.get(annotation.id)?.annotation !== annotation) changed.push(annotation)
    }
    const removed = [...this.painted.keys()].filter((id) => !seen.has(id))
    if (this.byColor.size === 0 || changed.length + removed.length > bulkThreshold) return this.repaint()
    for (const id of removed) this.unpaint(id)
    const drawn = changed.length > 0 ? new DrawnText(this.root, this.starts) : null
    for (const annotation of changed) {
      this.unpaint(annotation.id)
      const range = drawn!.range(annotation.target.start, annotation.target.end)
      this.painted.set(annotation.id, { annotation, range })
      if (range) this.byColor.get(annotation.color)?.add(range)
    }
    this.setSelected(this.selectedId)
  }

  /**
   * Paint again over the blocks drawn now (the reader drew or dropped some). Each colour's Highlight is built from
   * a plain array and registered once: adding ranges one by one to a registered Highlight makes Chromium invalidate
   * for every range.
   */
  repaint(): void {
    const drawn = new DrawnText(this.root, this.starts)
    const extent = drawn.extent
    const ranges = new Map<AnnotationColor, StaticRange[]>(annotationColors.map((color) => [color, []]))
    this.painted.clear()
    for (const annotation of this.annotations) {
      if (annotation.anchorStatus !== 'anchored') continue
      const { start, end } = annotation.target
      const inView = extent !== null && end >= extent.start && start <= extent.end
      const range = inView ? drawn.range(start, end) : null
      this.painted.set(annotation.id, { annotation, range })
      if (range) ranges.get(annotation.color)?.push(range)
    }
    for (const [index, color] of annotationColors.entries()) {
      const highlight = new Highlight(...ranges.get(color)!)
      highlight.priority = index
      this.byColor.set(color, highlight)
      CSS.highlights.set(highlightNames.color(color), highlight)
    }
    this.setSelected(this.selectedId)
  }

  /** Outline the selected annotation's passage. */
  setSelected(annotationId: string | null): void {
    this.selectedId = annotationId
    this.selected.clear()
    const range = annotationId ? this.painted.get(annotationId)?.range : null
    if (range) this.selected.add(range)
  }

  /** Flash a passage for a moment, so the eye finds it after a jump. */
  flashOnce(annotationId: string, durationMs = 1200): void {
    const range = this.painted.get(annotationId)?.range
    if (!range) return
    this.flash.clear()
    this.flash.add(range)
    setTimeout(() => this.flash.delete(range), durationMs)
  }

  /** Remove every highlight this painter registered. */
  dispose(): void {
    for (const color of annotationColors) CSS.highlights.delete(highlightNames.color(color))
    CSS.highlights.delete(highlightNames.selected)
    CSS.highlights.delete(highlightNames.flash)
    this.painted.clear()
  }

  private unpaint(id: string): void {
    const entry = this.painted.get(id)
    if (entry?.range) this.byColor.get(entry.annotation.color)?.delete(entry.range)
    this.painted.delete(id)
  }
}
