import type { Block } from '@common/model/document'
import type { WindowedRenderer } from '../../editor/windowedRenderer'
import { blockElementAt, scrollBlockIntoView } from './readerScroll'

/** Everything the reader's tools (find, outline, position, reveal) need to reach the drawn document. */
/** What the reader has drawn, before its whole text is there: enough to show a block (its text may be a stand-in). */
export type DrawnReader = Pick<ReaderView, 'renderer' | 'root' | 'container'>

export type ReaderView = {
  documentId: string
  blocks: readonly Block[]
  text: string
  starts: readonly number[]
  /** The scrolling element. */
  container: HTMLElement
  /** The editor's root element; its children are the drawn block elements and gaps for the undrawn ones. */
  root: HTMLElement
  renderer: WindowedRenderer
}

/**
 * Draw block `index` if needed and scroll it into view; returns its element. Text above it may still reflow (a
 * font arriving, blocks drawn above it), so the aim is corrected for a few frames unless the user scrolls meanwhile.
 */
export function showBlock(view: DrawnReader, index: number, where: 'top' | 'center'): HTMLElement | null {
  view.renderer.ensureDrawn(index)
  const element = blockElementAt(view.root, index)
  if (!element) return null
  scrollBlockIntoView(view.container, element, where)
  let frames = 4
  let aimedAt = view.container.scrollTop
  const settle = () => {
    // The user scrolled meanwhile: leave the view where they put it.
    if (!element.isConnected || view.container.scrollTop !== aimedAt || frames-- <= 0) return
    scrollBlockIntoView(view.container, element, where)
    aimedAt = view.container.scrollTop
    requestAnimationFrame(settle)
  }
  requestAnimationFrame(settle)
  return element
}
