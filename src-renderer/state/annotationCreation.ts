import type { AnnotationDraft } from '@common/api/annotationsApi'
import type { Annotation } from '@common/model/annotation'
import { api } from '../api/client'
import { ApiError } from '../api/apiError'
import { recordCreation } from './annotationActions'
import { announce, reportFailure } from './annotationMessages'
import { annotationFocus, type AnnotationFocus } from './annotationSelection'
import { annotationsStore, dropAnnotation, replaceAnnotation } from './annotationsStore'
import { provisionalAnnotation, provisionalId, setUnsaved, trackCreation } from './pendingAnnotations'

/** Waits between attempts to store a highlight while main cannot be reached, growing to `retryCapMs`. */
const retryFirstMs = 1_000
const retryCapMs = 10_000

/** What the panel shows before main has stored the highlight. */
export type ProvisionalFields = Omit<Parameters<typeof provisionalAnnotation>[0], 'id'>

/** Tell the caller when a highlight could not be stored and is not being retried (so it can give the text back). */
export type CreationFailed = (error: unknown) => void

/**
 * Highlight a span at once: the provisional annotation goes into the panel (with its editor open, when asked), and
 * main is asked to store it. When main answers, the stored annotation takes its place (same card, same typed text)
 * and becomes undoable. While main cannot be reached the highlight stays, marked "not saved", and is retried until
 * the app is back; any other refusal takes it out again and says why. `editing` opens that editor on the new card.
 * @returns the provisional id, usable with every annotation action (they wait for the stored id).
 */
export function createAnnotationAtOnce(
  draft: AnnotationDraft,
  provisional: ProvisionalFields,
  editing: AnnotationFocus['editing'],
  onFailed: CreationFailed,
): string {
  const id = provisionalId()
  annotationsStore.set((state) =>
    state.documentId === draft.documentId
      ? { ...state, annotations: insertProvisional(state.annotations, provisionalAnnotation({ ...provisional, id })) }
      : state,
  )
  if (editing) {
    annotationFocus.set((state) => ({ ...state, selectedId: id, editing, focusSerial: state.focusSerial + 1 }))
  }
  const creation = storeWithRetry(draft, id)
  trackCreation(id, creation)
  creation.then(
    (created) => {
      replaceAnnotation(id, created)
      annotationFocus.set((state) => (state.selectedId === id ? { ...state, selectedId: created.id } : state))
      recordCreation(created)
    },
    (error: unknown) => {
      dropAnnotation(id)
      annotationFocus.set((state) => (state.selectedId === id ? { ...state, selectedId: null, editing: null } : state))
      reportFailure(error)
      onFailed(error)
    },
  )
  return id
}

async function storeWithRetry(draft: AnnotationDraft, id: string): Promise<Annotation> {
  let wait = retryFirstMs
  for (;;) {
    try {
      const created = await api['annotations.create'](draft)
      if (wait > retryFirstMs) announce('annotations.unsaved.saved')
      return created
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'api.unreachable') throw error
      setUnsaved(id, true)
      // The card re-renders to show "not saved"; the message says what happens next.
      annotationsStore.set((state) => ({ ...state, annotations: [...state.annotations] }))
      reportFailure(new ApiError({ code: 'annotations.notSaved', message: 'The highlight was not saved yet.' }))
      await new Promise((resolve) => setTimeout(resolve, wait))
      wait = Math.min(wait * 2, retryCapMs)
    }
  }
}

function insertProvisional(annotations: readonly Annotation[], annotation: Annotation): Annotation[] {
  const at = annotations.findIndex(
    (each) =>
      each.target.start > annotation.target.start ||
      (each.target.start === annotation.target.start && each.target.end > annotation.target.end),
  )
  return at === -1 ? [...annotations, annotation] : [...annotations.slice(0, at), annotation, ...annotations.slice(at)]
}
