import { useEffect, useRef } from 'react'
import { blockIndexAt } from '@common/text/canonicalText'
import type { ReadingPosition } from '@common/model/document'
import { saveReadingPosition } from '../../state/readerStore'
import { topBlockIndex } from './readerScroll'
import { showBlock, type ReaderView } from './readerView'

const saveDelayMs = 700

/**
 * Restore where the user was when the document opens, then remember the block at the top of the view (and the
 * zoom) as they read, debounced so scrolling does not flood main with writes. A pending save is made on close.
 */
export function useReadingPosition(
  view: ReaderView | null,
  initial: ReadingPosition | null,
  zoom: number,
  skipRestore: () => boolean,
): void {
  useEffect(() => {
    if (!view || !initial || initial.offset <= 0 || skipRestore()) return
    const index = blockIndexAt(view.starts, initial.offset)
    showBlock(view, index, 'top')
    // Should the font still be arriving, text above the place reflows: put the place back unless the user moved.
    let moved = false
    const onInput = () => (moved = true)
    const inputs = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const
    for (const name of inputs) view.container.addEventListener(name, onInput, { passive: true, once: true })
    void document.fonts?.ready.then(() => {
      if (!moved && view.container.isConnected) showBlock(view, index, 'top')
    })
    // Restore once per opening; later position changes come from the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view])

  // What was last saved and where the reader is now, kept across zoom changes.
  const track = useRef({ saved: initial?.offset ?? 0, savedZoom: initial?.zoom ?? 1, current: initial?.offset ?? 0 })

  useEffect(() => {
    if (!view) return
    const state = track.current
    let timer: ReturnType<typeof setTimeout> | undefined
    let frame: number | undefined
    const save = () => {
      timer = undefined
      if (state.current === state.saved && zoom === state.savedZoom) return
      state.saved = state.current
      state.savedZoom = zoom
      saveReadingPosition(view.documentId, { offset: state.current, zoom })
    }
    const onScroll = () => {
      frame ??= requestAnimationFrame(() => {
        frame = undefined
        // Measured while the view is on screen: on close the DOM may be detached and measure as zero.
        state.current = view.starts[topBlockIndex(view.container, view.root)] ?? 0
      })
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(save, saveDelayMs)
    }
    // Closing or reloading the window runs no React cleanup: save what is pending as the page goes.
    const onPageHide = () => {
      if (timer !== undefined) clearTimeout(timer)
      save()
    }
    view.container.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('pagehide', onPageHide)
    if (zoom !== state.savedZoom) timer = setTimeout(save, saveDelayMs)
    return () => {
      view.container.removeEventListener('scroll', onScroll)
      window.removeEventListener('pagehide', onPageHide)
      if (frame !== undefined) cancelAnimationFrame(frame)
      if (timer !== undefined) {
        clearTimeout(timer)
        save()
      }
    }
  }, [view, zoom])
}
