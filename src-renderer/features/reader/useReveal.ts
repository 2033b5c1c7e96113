import { useEffect } from 'react'
import { blockIndexAt } from '@common/text/canonicalText'
import { useStore } from '../../state/createStore'
import { revealRequests, type RevealRequest } from '../../state/readerNavigation'
import { currentDocumentId, openDocument } from '../../state/readerStore'
import { paintHighlight } from '../../editor/customHighlights'
import { rangesFor } from '../../editor/textPositions'
import { scrollRangeIntoView } from './readerScroll'
import { showBlock, type ReaderView } from './readerView'

/** The highlight name of a revealed passage (styled in reader.css). */
export const revealHighlight = 'reveal-flash'
const flashMs = 1600
let handledSerial = 0
let flashTimer: ReturnType<typeof setTimeout> | undefined

/** True when a reveal request for `documentId` is waiting (then the saved reading position is not restored). */
export function hasPendingReveal(documentId: string): boolean {
  const request = revealRequests.get()
  return !!request && request.serial > handledSerial && request.documentId === documentId
}

/** Open the document of each new reveal request when it is not the one in the reader. */
export function useOpenForReveal(): void {
  const request = useStore(revealRequests)
  useEffect(() => {
    if (request && request.serial > handledSerial && currentDocumentId() !== request.documentId) {
      void openDocument(request.documentId)
    }
  }, [request])
}

/** Scroll each new reveal request for this document into view and flash it. */
export function useReveal(view: ReaderView | null): void {
  const request = useStore(revealRequests)
  useEffect(() => {
    if (!view || !request || request.serial <= handledSerial || request.documentId !== view.documentId) return
    handledSerial = request.serial
    flash(view, request)
  }, [view, request])
}

function flash(view: ReaderView, request: RevealRequest): void {
  const length = view.text.length
  const start = Math.min(Math.max(0, request.start), length)
  const end = Math.min(Math.max(start, request.end), length)
  // The window drawn around the passage's start; a passage longer than the window flashes where it is drawn.
  showBlock(view, blockIndexAt(view.starts, start), 'center')
  const ranges = rangesFor(view.root, view.starts, [{ start, end }])
  const range = ranges[0]
  if (range) scrollRangeIntoView(view.container, range)
  paintHighlight(revealHighlight, ranges)
  // One timer for all flashes, so an earlier flash's timer never clears a later one early.
  if (flashTimer !== undefined) clearTimeout(flashTimer)
  flashTimer = setTimeout(() => paintHighlight(revealHighlight, []), flashMs)
}
