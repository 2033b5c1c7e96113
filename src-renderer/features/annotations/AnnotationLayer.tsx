import { useEffect, useRef, useState } from 'react'
import type { Annotation } from '@common/model/annotation'
import { offsetAt } from '../../editor/textPositions'
import { annotationFocus, flashStore, selectAnnotation } from '../../state/annotationSelection'
import { annotationsStore, clearAnnotations, loadAnnotations, showAnnotations } from '../../state/annotationsStore'
import { clearCommands } from '../../state/commandStack'
import { currentDocumentId } from '../../state/readerStore'
import { clearMessage } from '../../state/annotationMessages'
import { HighlightPainter, highlightsSupported } from './highlightPainter'
import { HighlightPicker } from './HighlightPicker'
import { annotationsAt, caretPointFromPoint } from './hitTest'
import { SelectionToolbar } from './SelectionToolbar'
import { useSelectionKeys } from './useSelectionKeys'
import { useTextSelection } from './useTextSelection'

/** What the annotation layer needs from the reader: the open document and the element its blocks are drawn in. */
export type AnnotationSurface = {
  documentId: string
  /** Start offset of each block in the canonical text (blockStartOffsets). */
  starts: readonly number[]
  /** The element holding the `data-block-index` block elements. */
  root: HTMLElement
}

type AnnotationLayerProps = {
  surface: AnnotationSurface | null
  /** An earlier draft's annotations as they were in it: shown as given, and nothing new can be highlighted. */
  fixedAnnotations?: readonly Annotation[]
}

/**
 * Annotations over the reader, kept out of the Lexical document: loads (and so re-anchors) the open document's
 * annotations, paints them with the CSS Custom Highlight API, shows the selection toolbar, and turns a click on a
 * highlight into selecting its card (asking which one where several overlap). Mounted once by the reader.
 */
export function AnnotationLayer({ surface, fixedAnnotations }: AnnotationLayerProps) {
  const documentId = surface?.documentId ?? null
  const root = surface?.root ?? null
  const starts = surface?.starts
  const [selection, clearSelection] = useTextSelection(root, starts ?? emptyStarts)
  const annotating = documentId && root && !fixedAnnotations
  useSelectionKeys(annotating ? documentId : null, root, selection, clearSelection)
  const [picker, setPicker] = useState<{ choices: Annotation[]; x: number; y: number } | null>(null)
  const painterRef = useRef<HighlightPainter | null>(null)

  useEffect(() => {
    if (!documentId) return
    if (fixedAnnotations) showAnnotations(documentId, fixedAnnotations)
    else void loadAnnotations(documentId)
    return () => {
      clearAnnotations()
      // The undo stack belongs to the document, not to one of its drafts: a new draft or an earlier one shown
      // in the reader keeps it (so that "Import new draft" can be undone); another document clears it, and
      // "Undone: delete" was about this document's annotations: it does not follow the user to the next one.
      if (currentDocumentId() !== documentId) {
        clearCommands()
        clearMessage()
      }
    }
  }, [documentId, fixedAnnotations])

  useEffect(() => {
    if (!root || !starts || !highlightsSupported()) return
    const painter = new HighlightPainter(root, starts)
    painterRef.current = painter
    painter.update(annotationsStore.get().annotations)
    painter.setSelected(annotationFocus.get().selectedId)
    // Mutation records arrive before the frame is painted: blocks entering the window appear painted.
    const observer = new MutationObserver(() => painter.repaint())
    observer.observe(root, { childList: true })
    const stops = [
      annotationsStore.subscribe(() => painter.update(annotationsStore.get().annotations)),
      annotationFocus.subscribe(() => painter.setSelected(annotationFocus.get().selectedId)),
      flashStore.subscribe(() => {
        const { annotationId } = flashStore.get()
        if (annotationId) painter.flashOnce(annotationId)
      }),
    ]
    return () => {
      observer.disconnect()
      for (const stop of stops) stop()
      painter.dispose()
      painterRef.current = null
    }
  }, [root, starts])

  useEffect(() => {
    if (!root || !starts) return
    const onClick = (event: MouseEvent) => {
      if (!document.getSelection()?.isCollapsed) return
      const point = caretPointFromPoint(event.clientX, event.clientY)
      const offset = point ? offsetAt(starts, point.node, point.offset) : null
      if (offset === null) return
      const hits = annotationsAt(annotationsStore.get().annotations, offset)
      if (hits.length === 1) selectAnnotation(hits[0]!.id, { editing: 'thread' })
      else if (hits.length > 1) setPicker({ choices: hits, x: event.clientX, y: event.clientY })
    }
    root.addEventListener('click', onClick)
    return () => root.removeEventListener('click', onClick)
  }, [root, starts])

  return (
    <>
      {selection && annotating ? (
        <SelectionToolbar documentId={documentId} root={root} selection={selection} onDone={clearSelection} />
      ) : null}
      {picker ? <HighlightPicker {...picker} onClose={() => setPicker(null)} /> : null}
    </>
  )
}

const emptyStarts: readonly number[] = []
