import { typingInField } from '../../ui/typingInField'
import { useEffect } from 'react'
import { annotationFocus, flashAnnotation, selectAnnotation } from '../../state/annotationSelection'
import { annotationsStore } from '../../state/annotationsStore'
import { announce, attempt } from '../../state/annotationMessages'
import { redo, undo } from '../../state/commandStack'
import { revealPassage } from '../../state/readerNavigation'

/** Move to the next or previous anchored annotation in reading order: select its card, show and flash it. */
export function stepAnnotation(direction: 1 | -1): void {
  const { annotations } = annotationsStore.get()
  const anchored = annotations.filter((each) => each.anchorStatus === 'anchored')
  if (anchored.length === 0) return
  const current = anchored.findIndex((each) => each.id === annotationFocus.get().selectedId)
  const next = current === -1 ? (direction === 1 ? 0 : anchored.length - 1) : current + direction
  const target = anchored[Math.max(0, Math.min(anchored.length - 1, next))]
  if (!target) return
  selectAnnotation(target.id, { focusCard: true })
  revealPassage(target.documentId, target.target.start, target.target.end)
  flashAnnotation(target.id)
}

/** Take back the last annotation action and say so ("Undone: delete"). */
export async function undoLast(): Promise<void> {
  const command = await undo()
  if (command) announce('annotations.undo.done', { action: command.label })
}

/** Do again the last action taken back and say so. */
export async function redoLast(): Promise<void> {
  const command = await redo()
  if (command) announce('annotations.undo.redone', { action: command.label })
}

/**
 * Window-wide keys for annotations: Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo annotation actions when no
 * text field has focus; Alt+↓ / Alt+↑ move between annotations from anywhere.
 */
export function useAnnotationShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      if (mod && !event.altKey && (key === 'z' || key === 'y') && !typingInField(event.target)) {
        event.preventDefault()
        const redoing = key === 'y' || event.shiftKey
        void attempt(redoing ? redoLast : undoLast)
      } else if (event.altKey && !mod && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        event.preventDefault()
        stepAnnotation(event.key === 'ArrowDown' ? 1 : -1)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
