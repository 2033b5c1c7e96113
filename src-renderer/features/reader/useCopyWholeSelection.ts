import { useEffect } from 'react'
import { offsetsOfRange } from '../../editor/textPositions'
import type { ReaderView } from './readerView'

/**
 * Copying a selection that runs through blocks not drawn (a long text is drawn a window at a time) copies the
 * whole passage from the document's text, paragraphs on their own lines; a selection within drawn blocks is left
 * to the browser.
 */
export function useCopyWholeSelection(view: ReaderView | null): void {
  useEffect(() => {
    if (!view || view.renderer.whole) return
    const onCopy = (event: ClipboardEvent) => {
      const selection = document.getSelection()
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !event.clipboardData) return
      const range = selection.getRangeAt(0)
      if (!view.root.contains(range.startContainer) || !view.root.contains(range.endContainer)) return
      const offsets = offsetsOfRange(view.starts, range)
      if (!offsets || !range.cloneContents().querySelector('[data-reader-gap]')) return
      event.clipboardData.setData('text/plain', view.text.slice(offsets.start, offsets.end))
      event.preventDefault()
    }
    document.addEventListener('copy', onCopy)
    return () => document.removeEventListener('copy', onCopy)
  }, [view])
}
