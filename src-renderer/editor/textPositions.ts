/**
 * Mapping between canonical-text offsets and DOM positions in the reader.
 *
 * The reader's DOM contract: every block of the revision is drawn as one element carrying `data-block-index="i"`,
 * and that element's text content is exactly `blocks[i].text` (no generated text inside it; decorations such as
 * markers are drawn with CSS or outside the block). With the block start offsets from the shared canonical-text
 * module, an offset maps to (block element, offset in block) and from there to a DOM text node and offset.
 */
import { blockIndexAt } from '@common/text/canonicalText'

/** A position in the DOM as a Range boundary takes it. */
export type DomPoint = { node: Node; offset: number }

const blockSelector = '[data-block-index]'

/** The block element for index `i` under `root`, or null when it is not drawn (yet). */
export function blockElement(root: ParentNode, index: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-block-index="${index}"]`)
}

/** The DOM point for a canonical offset, or null when its block is not in the DOM. */
export function domPointAt(root: ParentNode, starts: readonly number[], offset: number): DomPoint | null {
  const index = blockIndexAt(starts, offset)
  const element = blockElement(root, index)
  if (!element) return null
  return pointInBlock(element, offset - (starts[index] ?? 0))
}

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

/** A StaticRange over canonical offsets [start, end), or null when either end is not drawn. */
export function staticRangeFor(
  root: ParentNode,
  starts: readonly number[],
  start: number,
  end: number,
): StaticRange | null {
  const from = domPointAt(root, starts, start)
  const to = domPointAt(root, starts, end)
  if (!from || !to) return null
  return new StaticRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  })
}

/** The canonical offset of a DOM point inside the reader, or null when the point is outside every block. */
export function offsetAt(starts: readonly number[], node: Node, offset: number): number | null {
  const element = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest<HTMLElement>(
    blockSelector,
  )
  if (!element) return node.nodeType === Node.ELEMENT_NODE ? offsetBetweenBlocks(starts, node as Element, offset) : null
  const index = Number(element.dataset.blockIndex)
  const blockStart = starts[index]
  if (blockStart === undefined) return null
  const before = document.createRange()
  before.selectNodeContents(element)
  before.setEnd(node, offset)
  return blockStart + before.toString().length
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
export function offsetsOfRange(starts: readonly number[], range: AbstractRange): { start: number; end: number } | null {
  const start = offsetAt(starts, range.startContainer, range.startOffset)
  const end = offsetAt(starts, range.endContainer, range.endOffset)
  if (start === null || end === null) return null
  return start <= end ? { start, end } : { start: end, end: start }
}
