/**
 * Scrolling the reader by block: which block is at the top of the view (for the reading position) and how to bring
 * a block into view. The editor's root holds the drawn block elements in block order, with gap elements standing
 * for the blocks outside the window; only the drawn ones (a few screens' worth) are ever searched.
 */

/** Block element `index` under the editor root, or null when not drawn. */
export function blockElementAt(root: HTMLElement, index: number): HTMLElement | null {
  const candidate = root.children[index] as HTMLElement | undefined
  if (candidate?.dataset.blockIndex === String(index)) return candidate
  return root.querySelector<HTMLElement>(`:scope > [data-block-index="${index}"]`)
}

/** The index of the first drawn block whose bottom is below the top of the scrolling container (binary search). */
export function topBlockIndex(container: HTMLElement, root: HTMLElement): number {
  const top = container.getBoundingClientRect().top
  const blocks = root.querySelectorAll<HTMLElement>(':scope > [data-block-index]')
  let low = 0
  let high = blocks.length - 1
  if (high < 0) return 0
  while (low < high) {
    const middle = (low + high) >> 1
    if (blocks[middle]!.getBoundingClientRect().bottom <= top + 1) low = middle + 1
    else high = middle
  }
  return Number(blocks[low]!.dataset.blockIndex ?? low)
}

/** Scroll so that `element` starts near the top of the container (or in its middle, for find and reveal). */
export function scrollBlockIntoView(container: HTMLElement, element: HTMLElement, where: 'top' | 'center'): void {
  const containerRect = container.getBoundingClientRect()
  const rect = element.getBoundingClientRect()
  const offsetInContainer = rect.top - containerRect.top + container.scrollTop
  container.scrollTop =
    where === 'top'
      ? offsetInContainer - 16
      : offsetInContainer - Math.max(16, (container.clientHeight - Math.min(rect.height, container.clientHeight)) / 2)
}

/** Scroll so that a range is in the middle of the container, when it is not fully visible already. */
export function scrollRangeIntoView(container: HTMLElement, range: AbstractRange): void {
  const live = document.createRange()
  live.setStart(range.startContainer, range.startOffset)
  live.setEnd(range.endContainer, range.endOffset)
  const rect = live.getBoundingClientRect()
  const containerRect = container.getBoundingClientRect()
  if (rect.top >= containerRect.top + 8 && rect.bottom <= containerRect.bottom - 8) return
  container.scrollTop += rect.top - containerRect.top - (container.clientHeight - rect.height) / 2
}
