import { useCallback, useEffect, useState } from 'react'
import { typingInField } from '../../ui/typingInField'
import { topBlockIndex } from './readerScroll'
import type { ReaderView } from './readerView'

/** Where the drawn caret is, in window coordinates; null when there is none to draw. */
export type CaretBox = { top: number; left: number; height: number } | null

type Granularity = 'character' | 'word' | 'line' | 'paragraph' | 'lineboundary' | 'documentboundary'
/** Chromium's Selection.modify (also in Firefox and Safari), which moves a selection as the arrow keys do. */
type ModifiableSelection = Selection & {
  modify(alter: 'move' | 'extend', direction: 'forward' | 'backward', granularity: Granularity): void
}

/** Which way and how far a key moves the caret: as in a word processor, Ctrl making each step larger. */
function stepOf(event: KeyboardEvent): { direction: 'forward' | 'backward'; granularity: Granularity } | null {
  const larger = event.ctrlKey || event.metaKey
  switch (event.key) {
    case 'ArrowRight':
      return { direction: 'forward', granularity: larger ? 'word' : 'character' }
    case 'ArrowLeft':
      return { direction: 'backward', granularity: larger ? 'word' : 'character' }
    case 'ArrowDown':
      return { direction: 'forward', granularity: larger ? 'paragraph' : 'line' }
    case 'ArrowUp':
      return { direction: 'backward', granularity: larger ? 'paragraph' : 'line' }
    case 'End':
      return { direction: 'forward', granularity: larger ? 'documentboundary' : 'lineboundary' }
    case 'Home':
      return { direction: 'backward', granularity: larger ? 'documentboundary' : 'lineboundary' }
    default:
      return null
  }
}

/**
 * Keyboard selection in the reader (caret browsing, F7 as in browsers): a caret in the text that the arrows move,
 * Shift+arrows extending the selection by character, Ctrl+Shift+arrows by word, Ctrl+Shift+↓/↑ by paragraph,
 * Shift+Home/End to the line's ends. The selection is the document's own, so the selection toolbar, its keys (1–6,
 * T, Ctrl+Alt+M) and screen readers see it exactly as a mouse selection.
 */
export function useCaretBrowsing(view: ReaderView | null): {
  on: boolean
  toggle: () => void
  caret: CaretBox
} {
  const [on, setOn] = useState(false)
  const [caret, setCaret] = useState<CaretBox>(null)

  const toggle = useCallback(() => {
    if (view && !on) placeCaret(view)
    setOn(!on)
  }, [view, on])

  // F7 pressed while a long text was still arriving turns keyboard selection on; the caret is placed once it is in.
  useEffect(() => {
    if (!view || !on || typingInField(document.activeElement)) return
    const selection = document.getSelection()
    if (!selection?.rangeCount || !view.root.contains(selection.focusNode)) placeCaret(view)
  }, [view, on])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F7' || event.ctrlKey || event.altKey || event.metaKey || typingInField(event.target)) return
      event.preventDefault()
      toggle()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [toggle])

  useEffect(() => {
    if (!view || !on) return
    const { container, root } = view
    const onKeyDown = (event: KeyboardEvent) => {
      const step = stepOf(event)
      if (!step || event.altKey) return
      const selection = document.getSelection() as ModifiableSelection | null
      if (!selection) return
      if (!selection.rangeCount || !root.contains(selection.focusNode)) placeCaret(view)
      event.preventDefault()
      if (step.granularity === 'documentboundary') {
        // A long text is drawn a window at a time: draw its first or last block, then go to its edge directly
        // (Chromium's modify() by document boundary does not move a selection in text that is not editable).
        view.renderer.ensureDrawn(step.direction === 'forward' ? view.blocks.length - 1 : 0)
        const edge = textEdge(root, step.direction === 'forward')
        if (edge && event.shiftKey) selection.extend(edge.node, edge.offset)
        else if (edge) selection.collapse(edge.node, edge.offset)
      } else selection.modify(event.shiftKey ? 'extend' : 'move', step.direction, step.granularity)
      keepInside(root, selection, !event.shiftKey)
      keepInView(container, selection)
    }
    const draw = () => setCaret(caretBox(root))
    container.addEventListener('keydown', onKeyDown)
    container.addEventListener('scroll', draw, { passive: true })
    document.addEventListener('selectionchange', draw)
    draw()
    return () => {
      container.removeEventListener('keydown', onKeyDown)
      container.removeEventListener('scroll', draw)
      document.removeEventListener('selectionchange', draw)
      setCaret(null)
    }
  }, [view, on])

  return { on, toggle, caret }
}

/** Put the caret at the start of the first paragraph in view, unless the user already has a place in the text. */
function placeCaret(view: ReaderView): void {
  const selection = document.getSelection()
  view.container.focus({ preventScroll: true })
  if (!selection || (selection.rangeCount > 0 && view.root.contains(selection.focusNode))) return
  const block = view.root.querySelector(`[data-block-index="${topBlockIndex(view.container, view.root)}"]`)
  const walker = document.createTreeWalker(block ?? view.root, NodeFilter.SHOW_TEXT)
  const first = walker.nextNode()
  if (first) selection.collapse(first, 0)
}

/** The collapsed caret's box (a selection draws itself; a caret in text that is not editable does not). */
function caretBox(root: HTMLElement): CaretBox {
  const selection = document.getSelection()
  if (!selection?.rangeCount || !selection.isCollapsed || !root.contains(selection.focusNode)) return null
  const rects = selection.getRangeAt(0).getClientRects()
  const rect = rects[0] ?? (selection.focusNode?.parentElement?.getBoundingClientRect() || null)
  return rect ? { top: rect.top, left: rect.left, height: rect.height || 16 } : null
}

/** Past the last paragraph (or before the first) the selection would run into the page around the text: stop it. */
function keepInside(root: HTMLElement, selection: Selection, moving: boolean): void {
  if (!selection.focusNode || root.contains(selection.focusNode)) return
  const after = root.compareDocumentPosition(selection.focusNode) & Node.DOCUMENT_POSITION_FOLLOWING
  const edge = textEdge(root, after !== 0)
  if (!edge) return
  if (moving) selection.collapse(edge.node, edge.offset)
  else selection.extend(edge.node, edge.offset)
}

/** The start of the first drawn text, or the end of the last. */
function textEdge(root: HTMLElement, atEnd: boolean): { node: Node; offset: number } | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let edge: Node | null = walker.nextNode()
  if (atEnd) for (let node = edge; node; node = walker.nextNode()) edge = node
  if (!edge) return null
  return { node: edge, offset: atEnd ? (edge.textContent?.length ?? 0) : 0 }
}

/** Scroll just enough that the moving end of the selection stays on screen. */
function keepInView(container: HTMLElement, selection: Selection): void {
  const node = selection.focusNode
  if (!node) return
  const range = document.createRange()
  range.setStart(node, selection.focusOffset)
  range.collapse(true)
  const rect = range.getClientRects()[0] ?? node.parentElement?.getBoundingClientRect()
  if (!rect) return
  const box = container.getBoundingClientRect()
  if (rect.bottom > box.bottom - 8) container.scrollTop += rect.bottom - box.bottom + 48
  else if (rect.top < box.top + 8) container.scrollTop -= box.top - rect.top + 48
}
