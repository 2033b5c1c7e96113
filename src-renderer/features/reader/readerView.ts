import type { Block } from '@common/model/document'
import type { ProgressiveRenderer } from '../../editor/progressiveRender'
import { blockElementAt, scrollBlockIntoView } from './readerScroll'

/** Everything the reader's tools (find, outline, position, reveal) need to reach the drawn document. */
export type ReaderView = {
  documentId: string
  blocks: readonly Block[]
  text: string
  starts: readonly number[]
  /** The scrolling element. */
  container: HTMLElement
  /** The editor's root element; its children are the block elements. */
  root: HTMLElement
  renderer: ProgressiveRenderer
}

/** Draw block `index` if needed and scroll it into view; returns its element. */
export function showBlock(view: ReaderView, index: number, where: 'top' | 'center'): HTMLElement | null {
  view.renderer.ensureDrawn(index)
  const element = blockElementAt(view.root, index)
  if (element) scrollBlockIntoView(view.container, element, where)
  return element
}
