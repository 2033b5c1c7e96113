/**
 * The one mapping between canonical-text offsets and DOM positions in the reader, used by selection, painting,
 * find, reveal and the windowed reader alike.
 *
 * The reader's DOM contract: every drawn block of the revision is one element carrying `data-block-index="i"`,
 * and that element's text content is exactly `blocks[i].text` (no generated text inside it; decorations such as
 * markers are drawn with CSS or outside the block). Blocks outside the window are not drawn: a gap element
 * (`data-reader-gap`, no text) stands for them. With the block start offsets from the shared canonical-text module,
 * an offset maps to (block element, offset in block) and from there to a DOM text node and offset.
 */
import { blockIndexAt } from '@common/text/canonicalText'

/** A position in the DOM as a Range boundary takes it. */
export type DomPoint = { node: Node; offset: number }

/** A span of the canonical text, [start, end). */
export type Span = { start: number; end: number }

const blockSelector = '[data-block-index]'
const gapSelector = '[data-reader-gap]'

/** The DOM point `offsetInBlock` UTF-16 units into a block element's text. */
export function pointInBlock(element: HTMLElement, offsetInBlock: number): DomPoint {
  let remaining = Math.max(0, offsetInBlock)
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  let last: Text | null = null
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.data.length) return { node, offset: remaining }
    remaining -= node.data.length
    last = node
  }
  // Past the end of the block's text (the separator after it): the end of its last text node.
  return last ? { node: last, offset: last.data.length } : { node: element, offset: element.childNodes.length }
}

/**
 * The blocks drawn under one root at one moment, indexed once so that many spans map cheaply. Spans that run into
 * blocks not drawn are clipped to the drawn blocks they cover, so a passage that starts above the window is still
 * painted where it is visible.
 */
export class DrawnText {
  /** Drawn block indices, ascending (document order is block order). */
  readonly indices: number[] = []
  private readonly elements: HTMLElement[] = []

  constructor(
    root: ParentNode,
    private readonly starts: readonly number[],
  ) {
    for (const element of root.querySelectorAll<HTMLElement>(blockSelector)) {
      if (!element.isConnected) continue
      this.indices.push(Number(element.dataset.blockIndex))
      this.elements.push(element)
    }
  }

  /** The canonical span the drawn blocks cover, from the first one's start to the last one's end (or null). */
  get extent(): Span | null {
    const count = this.indices.length
    if (count === 0) return null
    return { start: this.starts[this.indices[0]!]!, end: this.blockEnd(count - 1) }
  }

  /** The element of block `index`, or null when it is not drawn. */
  element(index: number): HTMLElement | null {
    const position = this.position(index)
    return this.indices[position] === index ? this.elements[position]! : null
  }

  /** The DOM point for a canonical offset, or null when its block is not drawn. */
  pointAt(offset: number): DomPoint | null {
    const index = blockIndexAt(this.starts, offset)
    const element = this.element(index)
    return element ? pointInBlock(element, offset - (this.starts[index] ?? 0)) : null
  }

  /** A StaticRange over the drawn part of [start, end), or null when no drawn block holds any of it. */
  range(start: number, end: number): StaticRange | null {
    const first = this.position(blockIndexAt(this.starts, start))
    const lastIndex = blockIndexAt(this.starts, end)
    let last = this.position(lastIndex)
    if (this.indices[last] !== lastIndex) last -= 1
    if (first >= this.indices.length || last < first) return null
    const from = Math.max(start, this.starts[this.indices[first]!]!)
    const to = Math.min(end, this.blockEnd(last))
    if (to < from || (to === from && start !== end)) return null
    const fromPoint = pointInBlock(this.elements[first]!, from - this.starts[this.indices[first]!]!)
    const toPoint = pointInBlock(this.elements[last]!, to - this.starts[this.indices[last]!]!)
    return new StaticRange({
      startContainer: fromPoint.node,
      startOffset: fromPoint.offset,
      endContainer: toPoint.node,
      endOffset: toPoint.offset,
    })
  }

  /** StaticRanges for the drawn parts of `spans`; spans wholly outside the drawn blocks are left out. */
  rangesFor(spans: readonly Span[]): StaticRange[] {
    const ranges: StaticRange[] = []
    const extent = this.extent
    if (!extent) return ranges
    for (const span of spans) {
      if (span.end < extent.start || span.start > extent.end) continue
      const range = this.range(span.start, span.end)
      if (range) ranges.push(range)
    }
    return ranges
  }

  /** The position in `indices` of the first drawn block at or after `index` (binary search). */
  private position(index: number): number {
    let low = 0
    let high = this.indices.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.indices[middle]! < index) low = middle + 1
      else high = middle
    }
    return low
  }

  private blockEnd(position: number): number {
    return this.starts[this.indices[position]!]! + (this.elements[position]!.textContent?.length ?? 0)
  }
}

/** StaticRanges for the drawn parts of `spans` under `root`. */
export function rangesFor(root: ParentNode, starts: readonly number[], spans: readonly Span[]): StaticRange[] {
  return new DrawnText(root, starts).rangesFor(spans)
}

/** The canonical offset of a DOM point inside the reader, or null when the point is outside every block. */
export function offsetAt(starts: readonly number[], node: Node, offset: number): number | null {
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  const gap = start?.closest<HTMLElement>(gapSelector)
  if (gap) return offsetAfterGap(starts, gap)
  const element = start?.closest<HTMLElement>(blockSelector)
  if (!element) return node.nodeType === Node.ELEMENT_NODE ? offsetBetweenBlocks(starts, node as Element, offset) : null
  const index = Number(element.dataset.blockIndex)
  const blockStart = starts[index]
  if (blockStart === undefined) return null
  const before = document.createRange()
  before.selectNodeContents(element)
  before.setEnd(node, offset)
  return blockStart + before.toString().length
}

/** A point in a gap (blocks not drawn) stands for the start of the next drawn block, or the end of the text. */
function offsetAfterGap(starts: readonly number[], gap: HTMLElement): number | null {
  const next = gap.nextElementSibling as HTMLElement | null
  if (next?.dataset.blockIndex !== undefined) return starts[Number(next.dataset.blockIndex)] ?? null
  const previous = gap.previousElementSibling as HTMLElement | null
  if (previous?.dataset.blockIndex === undefined) return null
  return (starts[Number(previous.dataset.blockIndex)] ?? 0) + (previous.textContent?.length ?? 0)
}

/**
 * A point between blocks, in the element that holds them: where a paragraph-wise selection (Ctrl+Shift+↓, a
 * triple click) can end. It stands for the start of the next block drawn after it, or the end of the last one.
 */
function offsetBetweenBlocks(starts: readonly number[], holder: Element, offset: number): number | null {
  const point = document.createRange()
  point.setStart(holder, offset)
  let last: HTMLElement | null = null
  for (const block of holder.querySelectorAll<HTMLElement>(blockSelector)) {
    if (point.comparePoint(block, 0) >= 0) return starts[Number(block.dataset.blockIndex)] ?? null
    last = block
  }
  if (!last) return null
  const lastStart = starts[Number(last.dataset.blockIndex)]
  return lastStart === undefined ? null : lastStart + (last.textContent?.length ?? 0)
}

/** Canonical offsets of a DOM range (a user's selection), or null when it does not lie in the reader's blocks. */
export function offsetsOfRange(starts: readonly number[], range: AbstractRange): Span | null {
  const start = offsetAt(starts, range.startContainer, range.startOffset)
  const end = offsetAt(starts, range.endContainer, range.endOffset)
  if (start === null || end === null) return null
  return start <= end ? { start, end } : { start: end, end: start }
}
