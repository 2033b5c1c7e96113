import type { AnnotationColor } from '@common/model/annotation'
import { paragraphLabelAt } from '@common/anchoring/paragraphLabel'
import { blockStartOffsets } from '@common/text/canonicalText'
import { offsetsOfRange } from '../../editor/textPositions'
import { createAnnotationAtOnce } from '../../state/annotationCreation'
import { readerStore } from '../../state/readerStore'
import { settingsStore } from '../../state/settingsStore'
import { startTypeAhead, stopTypeAhead } from '../../state/typeAhead'

type Span = { start: number; end: number }

/**
 * The reader's selection as it is at this moment, when it lies in the reader: a key can arrive before the toolbar
 * has drawn the newest selection, or before it is drawn at all (Shift+Ctrl+→ then 2, typed at full speed), and the
 * highlight must cover what the user sees selected. Falls back to the selection the toolbar shows.
 */
export function liveSelectionSpan(root: HTMLElement, starts: readonly number[], shown: Span | null): Span | null {
  const current = document.getSelection()
  if (!current || current.isCollapsed || current.rangeCount === 0) return shown
  const range = current.getRangeAt(0)
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return shown
  const offsets = offsetsOfRange(starts, range)
  return offsets && offsets.end > offsets.start ? offsets : shown
}

/**
 * Highlight the reader's selection in `color` at once (shown before it is stored), then open its comment or tag
 * editor when asked. The selection is cleared; when the app does not store the highlight, it is given back so that
 * the user can try again.
 */
export function annotateSelection(
  documentId: string,
  root: HTMLElement,
  shown: Span | null,
  color: AnnotationColor,
  then: 'comment' | 'tags' | null,
): boolean {
  const reader = readerStore.get()
  if (reader.status !== 'open') return false
  const { revision } = reader.detail
  const starts = blockStartOffsets(revision.blocks)
  const span = liveSelectionSpan(root, starts, shown)
  if (!span) return false
  const kept = document.getSelection()?.rangeCount ? document.getSelection()!.getRangeAt(0).cloneRange() : null
  // Keys typed before the editor's field is on screen are held for it, not lost.
  if (then) startTypeAhead()
  document.getSelection()?.removeAllRanges()
  const provisional = {
    documentId,
    revisionId: revision.id,
    text: revision.text,
    start: span.start,
    end: span.end,
    color,
    paragraphLabel: paragraphLabelAt(revision.blocks, starts, span.start),
    author: settingsStore.get().authorName,
  }
  createAnnotationAtOnce({ documentId, start: span.start, end: span.end, color }, provisional, then, () => {
    stopTypeAhead()
    if (kept?.startContainer.isConnected) document.getSelection()?.addRange(kept)
  })
  return true
}
