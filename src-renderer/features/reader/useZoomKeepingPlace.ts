import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { blockElementAt, topBlockIndex } from './readerScroll'
import type { ReaderView } from './readerView'

/** The paragraph at the top of the view and how far into it the view starts (0–1 of its height). */
type Place = { index: number; fraction: number }

function placeOf(view: ReaderView): Place | null {
  const index = topBlockIndex(view.container, view.root)
  const element = blockElementAt(view.root, index)
  if (!element) return null
  const rect = element.getBoundingClientRect()
  const top = view.container.getBoundingClientRect().top
  return { index, fraction: rect.height > 0 ? (top - rect.top) / rect.height : 0 }
}

/**
 * The reader's text size, changed without losing the reader's place: text reflows when it grows or shrinks, so the
 * paragraph at the top of the view (and the line within it) is put back there before the new size is painted.
 */
export function useZoomKeepingPlace(
  view: ReaderView | null,
  initial: number,
): [number, (next: (current: number) => number) => void] {
  const [zoom, setZoom] = useState(initial)
  const place = useRef<Place | null>(null)

  const changeZoom = useCallback(
    (next: (current: number) => number) => {
      place.current = view ? placeOf(view) : null
      setZoom(next)
    },
    [view],
  )

  useLayoutEffect(() => {
    if (view && place.current) restorePlace(view.container, view.root, place.current)
    place.current = null
  }, [view, zoom])

  return [zoom, changeZoom]
}

function restorePlace(container: HTMLElement, root: HTMLElement, place: Place): void {
  const element = blockElementAt(root, place.index)
  if (!element) return
  const rect = element.getBoundingClientRect()
  const top = container.getBoundingClientRect().top
  container.scrollTop += rect.top + place.fraction * rect.height - top
}
