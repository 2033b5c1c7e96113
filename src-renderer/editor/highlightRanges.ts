/**
 * Painting canonical-text spans with the CSS Custom Highlight API (`CSS.highlights`): the DOM is never touched,
 * so Lexical's DOM and the reader's DOM contract stay as they are. Highlight names are styled in reader.css with
 * `::highlight(name)`.
 */
import { blockIndexAt } from '@common/text/canonicalText'
import { pointInBlock } from './textPositions'

/** A span of the canonical text, [start, end). */
export type Span = { start: number; end: number }

/** The drawn block elements, indexed by their block index (holes where a block is not drawn yet). */
export function blockElementsByIndex(root: ParentNode): HTMLElement[] {
  const elements: HTMLElement[] = []
  for (const element of root.querySelectorAll<HTMLElement>('[data-block-index]')) {
    elements[Number(element.dataset.blockIndex)] = element
  }
  return elements
}

/** StaticRanges for spans whose blocks are drawn; spans over undrawn blocks are skipped. */
export function rangesFor(
  elements: readonly HTMLElement[],
  starts: readonly number[],
  spans: readonly Span[],
): StaticRange[] {
  const ranges: StaticRange[] = []
  for (const span of spans) {
    const startIndex = blockIndexAt(starts, span.start)
    const endIndex = blockIndexAt(starts, span.end)
    const startElement = elements[startIndex]
    const endElement = elements[endIndex]
    if (!startElement || !endElement) continue
    const from = pointInBlock(startElement, span.start - starts[startIndex]!)
    const to = pointInBlock(endElement, span.end - starts[endIndex]!)
    ranges.push(
      new StaticRange({
        startContainer: from.node,
        startOffset: from.offset,
        endContainer: to.node,
        endOffset: to.offset,
      }),
    )
  }
  return ranges
}

/** Paint `ranges` under the highlight `name`, replacing what it painted before; an empty list clears it. */
export function paintHighlight(name: string, ranges: readonly AbstractRange[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  if (ranges.length === 0) CSS.highlights.delete(name)
  else CSS.highlights.set(name, new Highlight(...ranges))
}
