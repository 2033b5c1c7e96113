import { useEffect } from 'react'
import { annotationColors } from '@common/model/annotation'
import { annotationFocus } from '../../state/annotationSelection'
import { typingInField } from '../../ui/typingInField'
import { annotateSelection } from './annotateSelection'
import type { TextSelection } from './useTextSelection'

/**
 * The selection keys, listened for as long as a document is open rather than only while the toolbar is drawn: keys
 * 1–6 highlight in a colour, Ctrl+Alt+M comments (as in Word), T tags, Escape dismisses the toolbar. A key pressed
 * the moment a selection is made acts on it even before the toolbar appears.
 */
export function useSelectionKeys(
  documentId: string | null,
  root: HTMLElement | null,
  shown: TextSelection | null,
  dismiss: () => void,
): void {
  useEffect(() => {
    if (!documentId || !root) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.metaKey || event.defaultPrevented) return
      const reattaching = annotationFocus.get().reattachingId !== null
      const annotate = (color: (typeof annotationColors)[number], then: 'comment' | 'tags' | null) => {
        if (!annotateSelection(documentId, root, shown, color, then)) return
        event.preventDefault()
        dismiss()
      }
      const index = Number(event.key) - 1
      // A chord types nothing, so it works even while another field has focus (as in Word).
      if (event.ctrlKey && event.altKey && event.key.toLowerCase() === 'm') {
        if (!reattaching) annotate('yellow', 'comment')
      } else if (typingInField(event.target) || event.ctrlKey || event.altKey) {
        return
      } else if (event.key === 'Escape') {
        if (shown) dismiss()
      } else if (reattaching) {
        return
      } else if (event.key.length === 1 && index >= 0 && index < annotationColors.length) {
        annotate(annotationColors[index]!, null)
      } else if (event.key.toLowerCase() === 't') {
        annotate('yellow', 'tags')
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [documentId, root, shown, dismiss])
}
