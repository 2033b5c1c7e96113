import type { Annotation } from '@common/model/annotation'
import { api, onMainEvent } from '../api/client'
import { createStore } from './createStore'
import { isProvisional } from './pendingAnnotations'

/** The annotations of the open document, in reading order (orphaned ones included; the panel sets them apart). */
export type AnnotationsState = {
  documentId: string | null
  annotations: readonly Annotation[]
  status: 'idle' | 'loading' | 'ready' | 'failed'
  error: unknown
}

/** The annotations of the document open in the reader. Components subscribe; the painter draws from it. */
export const annotationsStore = createStore<AnnotationsState>({
  documentId: null,
  annotations: [],
  status: 'idle',
  error: null,
})

/** Changes this window made itself (already applied from the call's answer), so their events are not refetched. */
const ownChanges = new Set<string>()
let loadSerial = 0
let following = false

/** Reading order: where the passage starts, then where it ends, then which was made first. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return (
    a.target.start - b.target.start ||
    a.target.end - b.target.end ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  )
}

/** Load (and so re-anchor) the annotations of `documentId`. */
export async function loadAnnotations(documentId: string): Promise<void> {
  followChanges()
  const serial = ++loadSerial
  annotationsStore.set({ documentId, annotations: [], status: 'loading', error: null })
  try {
    const annotations = await api['annotations.list'](documentId)
    if (serial === loadSerial) annotationsStore.set({ documentId, annotations, status: 'ready', error: null })
  } catch (error) {
    if (serial === loadSerial) annotationsStore.set({ documentId, annotations: [], status: 'failed', error })
  }
}

/** Show a given list (an earlier draft's annotations as they were then) instead of loading the newest draft's. */
export function showAnnotations(documentId: string, annotations: readonly Annotation[]): void {
  loadSerial++
  const ordered = [...annotations].sort(compareAnnotations)
  annotationsStore.set({ documentId, annotations: ordered, status: 'ready', error: null })
}

/** Forget the annotations (the reader closed). */
export function clearAnnotations(): void {
  loadSerial++
  annotationsStore.set({ documentId: null, annotations: [], status: 'idle', error: null })
}

/** Put an annotation as main returned it into the store, keeping reading order. */
export function applyAnnotation(annotation: Annotation): void {
  ownChanges.add(annotation.id)
  annotationsStore.set((state) => insertInOrder(state, annotation, annotation.id))
}

/** Put the stored annotation where its provisional stand-in was (main has answered the create call). */
export function replaceAnnotation(provisionalId: string, annotation: Annotation): void {
  ownChanges.add(annotation.id)
  annotationsStore.set((state) => insertInOrder(state, annotation, provisionalId))
}

/** Take an annotation out of the store (it was deleted). */
export function dropAnnotation(annotationId: string): void {
  ownChanges.add(annotationId)
  annotationsStore.set((state) => ({
    ...state,
    annotations: state.annotations.filter((each) => each.id !== annotationId),
  }))
}

/** The annotation with this id in the open document, if any. */
export function findAnnotation(annotationId: string): Annotation | undefined {
  return annotationsStore.get().annotations.find((each) => each.id === annotationId)
}

/** Follow changes made elsewhere (another window, the tag manager) by reloading the open document's list. */
function followChanges(): void {
  if (following) return
  following = true
  onMainEvent('annotations.didChange', ({ documentId, annotationIds }) => {
    const state = annotationsStore.get()
    if (state.documentId !== documentId || state.status !== 'ready') return
    const foreign = annotationIds.filter((id) => !ownChanges.delete(id))
    if (foreign.length === 0) return
    void api['annotations.list'](documentId).then((annotations) => {
      const current = annotationsStore.get()
      if (current.documentId !== documentId) return
      // Highlights still being stored are not in main's list yet: keep them (and the comment being typed on one).
      let next: AnnotationsState = { documentId, annotations, status: 'ready', error: null }
      for (const each of current.annotations) if (isProvisional(each.id)) next = insertInOrder(next, each, each.id)
      annotationsStore.set(next)
    })
  })
}

/** `state` with `annotation` in reading order, in place of the annotation called `replacing`. */
function insertInOrder(state: AnnotationsState, annotation: Annotation, replacing: string): AnnotationsState {
  if (state.documentId !== annotation.documentId) return state
  const rest = state.annotations.filter((each) => each.id !== annotation.id && each.id !== replacing)
  let low = 0
  let high = rest.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (compareAnnotations(rest[middle]!, annotation) < 0) low = middle + 1
    else high = middle
  }
  return { ...state, annotations: [...rest.slice(0, low), annotation, ...rest.slice(low)] }
}
