import { useEffect } from 'react'
import { paintHighlight } from '../../editor/customHighlights'
import { rangesFor } from '../../editor/textPositions'
import { annotationsStore } from '../../state/annotationsStore'
import type { AnnotationSurface } from '../annotations/AnnotationLayer'

/** The highlight name of passages that changed since the user commented (styled in drafts.css). */
const changedHighlight = 'marginalia-changed'

/**
 * Marks in the reader the passages of annotations whose text changed in a later draft and that the user has not
 * yet marked as seen: a wavy underline (a line, not a colour), redrawn as annotations change and blocks are drawn.
 */
export function ChangedMarkers({ surface }: { surface: AnnotationSurface | null }) {
  useEffect(() => {
    if (!surface) return
    const { root, starts } = surface
    const paint = () => {
      const spans = annotationsStore
        .get()
        .annotations.filter((each) => each.anchorStatus === 'anchored' && each.carryOver?.changedSince)
        .map((each) => ({ start: each.target.start, end: each.target.end }))
      paintHighlight(changedHighlight, spans.length ? rangesFor(root, starts, spans) : [])
    }
    let frame = 0
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), paint()))
    }
    // Blocks entering the window are marked before the frame is painted.
    const observer = new MutationObserver(paint)
    observer.observe(root, { childList: true })
    const stop = annotationsStore.subscribe(schedule)
    paint()
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
      stop()
      paintHighlight(changedHighlight, [])
    }
  }, [surface])
  return null
}
