import { useCallback, useEffect, useState } from 'react'
import { offsetsOfRange } from '../../editor/textPositions'

/** A non-empty selection inside the reader: its canonical offsets and where it is on screen. */
export type TextSelection = { start: number; end: number; rect: DOMRect }

/**
 * Follow the user's selection inside the reader root. While the mouse button is down the selection is still being
 * made, so it is reported on release; keyboard selections (Shift+arrows) are reported as they change.
 */
export function useTextSelection(
  root: HTMLElement | null,
  starts: readonly number[],
): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null)
  useEffect(() => {
    if (!root) return
    let pointerDown = false
    let frame = 0
    const read = () => {
      frame = 0
      if (pointerDown) return
      const current = document.getSelection()
      if (!current || current.isCollapsed || current.rangeCount === 0) return setSelection(null)
      const range = current.getRangeAt(0)
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return setSelection(null)
      const offsets = offsetsOfRange(starts, range)
      if (!offsets || offsets.end <= offsets.start) return setSelection(null)
      setSelection({ ...offsets, rect: range.getBoundingClientRect() })
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read)
    }
    const onDown = (event: PointerEvent) => {
      if (root.contains(event.target as Node)) pointerDown = true
    }
    const onUp = () => {
      if (!pointerDown) return
      pointerDown = false
      schedule()
    }
    document.addEventListener('selectionchange', schedule)
    document.addEventListener('pointerdown', onDown, true)
    document.addEventListener('pointerup', onUp, true)
    // A selection made before this surface was ready (a long text still arriving) gets its toolbar now.
    schedule()
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', schedule)
      document.removeEventListener('pointerdown', onDown, true)
      document.removeEventListener('pointerup', onUp, true)
    }
  }, [root, starts])
  const clear = useCallback(() => setSelection(null), [])
  return [selection, clear]
}
