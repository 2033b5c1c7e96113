/**
 * Paints annotations over the reader's DOM with the CSS Custom Highlight API: one `Highlight` per colour plus
 * `selected` and `flash`, each a set of StaticRanges, styled with `::highlight(marginalia-…)` in annotations.css.
 * The Lexical document and the reader's DOM are never touched, so painting 5,000 highlights costs tens of
 * milliseconds instead of seconds, and adding one costs one range. Overlapping highlights are translucent, so
 * nested passages show darker where they overlap; each stays reachable by clicking (see hitTest.ts) or from the panel.
 */
import { annotationColors, type Annotation, type AnnotationColor } from '@common/model/annotation'
import { blockIndexAt } from '@common/text/canonicalText'

/** Highlight names registered in CSS.highlights, by colour and state. */
export const highlightNames = {
  color: (color: AnnotationColor) => `marginalia-${color}`,
  selected: 'marginalia-selected',
  flash: 'marginalia-flash',
}

type Painted = { annotation: Annotation; range: StaticRange | null }

/** Above this many changes in one update, rebuilding the Highlights is cheaper than editing them. */
const bulkThreshold = 64

/** True where the CSS Custom Highlight API exists (every current Chromium and Electron). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'
}

/** Draws and redraws the annotations of one document over one reader root. */
export class HighlightPainter {
  private readonly painted = new Map<string, Painted>()
  private readonly byColor = new Map<AnnotationColor, Highlight>()
  private readonly selected = new Highlight()
  private readonly flash = new Highlight()
  private selectedId: string | null = null
  private elements: HTMLElement[] = []

  constructor(
    private readonly root: HTMLElement,
    private readonly starts: readonly number[],
  ) {
    for (const [index, color] of annotationColors.entries()) {
      const highlight = new Highlight()
      highlight.priority = index
      this.byColor.set(color, highlight)
      CSS.highlights.set(highlightNames.color(color), highlight)
    }
    this.selected.priority = 10
    this.flash.priority = 11
    CSS.highlights.set(highlightNames.selected, this.selected)
    CSS.highlights.set(highlightNames.flash, this.flash)
    this.indexBlocks()
  }

  /**
   * Bring the painting in line with `annotations`: unchanged annotations (same object) keep their range, changed
   * ones are redrawn, removed ones cleared. Orphaned annotations are never drawn.
   */
  update(annotations: readonly Annotation[]): void {
    const seen = new Set<string>()
    const changed: Annotation[] = []
    for (const annotation of annotations) {
      if (annotation.anchorStatus !== 'anchored') continue
      seen.add(annotation.id)
      if (this.painted.get(annotation.id)?.annotation !== annotation) changed.push(annotation)
    }
    const removed = [...this.painted.keys()].filter((id) => !seen.has(id))
    if (changed.length + removed.length > bulkThreshold) this.rebuild(annotations, seen)
    else {
      for (const id of removed) this.unpaint(id, this.painted.get(id)!)
      for (const annotation of changed) {
        const before = this.painted.get(annotation.id)
        if (before) this.unpaint(annotation.id, before)
        const range = this.rangeFor(annotation)
        this.painted.set(annotation.id, { annotation, range })
        if (range) this.byColor.get(annotation.color)?.add(range)
      }
    }
    this.setSelected(this.selectedId)
  }

  /**
   * Many changes at once (opening a document): build each colour's Highlight from a plain array and register it
   * once. Adding ranges one by one to a registered Highlight makes Chromium invalidate for every range.
   */
  private rebuild(annotations: readonly Annotation[], anchoredIds: Set<string>): void {
    this.painted.clear()
    this.elements = []
    this.indexBlocks()
    const ranges = new Map<AnnotationColor, StaticRange[]>(annotationColors.map((color) => [color, []]))
    for (const annotation of annotations) {
      if (!anchoredIds.has(annotation.id)) continue
      const range = this.rangeFor(annotation)
      this.painted.set(annotation.id, { annotation, range })
      if (range) ranges.get(annotation.color)!.push(range)
    }
    for (const [index, color] of annotationColors.entries()) {
      const highlight = new Highlight(...ranges.get(color)!)
      highlight.priority = index
      this.byColor.set(color, highlight)
      CSS.highlights.set(highlightNames.color(color), highlight)
    }
  }

  /** Draw the ones whose blocks were not in the DOM before (the reader draws long texts progressively). */
  paintMissing(): void {
    this.indexBlocks()
    for (const [id, entry] of this.painted) {
      if (entry.range) continue
      const range = this.rangeFor(entry.annotation)
      if (!range) continue
      this.painted.set(id, { ...entry, range })
      this.byColor.get(entry.annotation.color)?.add(range)
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

  private unpaint(id: string, entry: Painted): void {
    if (entry.range) this.byColor.get(entry.annotation.color)?.delete(entry.range)
    this.painted.delete(id)
  }

  private indexBlocks(): void {
    const elements: HTMLElement[] = []
    for (const element of this.root.querySelectorAll<HTMLElement>('[data-block-index]')) {
      elements[Number(element.dataset.blockIndex)] = element
    }
    this.elements = elements
  }

  private rangeFor(annotation: Annotation): StaticRange | null {
    const { start, end } = annotation.target
    const from = this.point(start)
    const to = this.point(end)
    if (!from || !to) return null
    return new StaticRange({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset,
    })
  }

  private point(offset: number): { node: Node; offset: number } | null {
    const index = blockIndexAt(this.starts, offset)
    const element = this.elements[index]
    if (!element?.isConnected) return null
    let remaining = Math.max(0, offset - (this.starts[index] ?? 0))
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    let last: Text | null = null
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (remaining <= node.data.length) return { node, offset: remaining }
      remaining -= node.data.length
      last = node
    }
    return last ? { node: last, offset: last.data.length } : { node: element, offset: element.childNodes.length }
  }
}
