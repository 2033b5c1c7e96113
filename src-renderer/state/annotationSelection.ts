import { createStore } from './createStore'

/**
 * Which annotation the user is working with, shared by the text and the panel: clicking a highlight selects its
 * card, clicking a card selects (and flashes) its highlight. `editing` opens an editor on the selected card.
 */
export type AnnotationFocus = {
  selectedId: string | null
  editing: 'comment' | 'tags' | 'thread' | null
  /** Changes with every request to bring the card into view and focus it. */
  focusSerial: number
  /** Set while the user is choosing new text for an annotation that needs re-attaching. */
  reattachingId: string | null
}

/** The selected annotation and what is being edited. */
export const annotationFocus = createStore<AnnotationFocus>({
  selectedId: null,
  editing: null,
  focusSerial: 0,
  reattachingId: null,
})

/** Select an annotation (or none); `focusCard` also moves keyboard focus to its card. */
export function selectAnnotation(
  id: string | null,
  options: { editing?: AnnotationFocus['editing']; focusCard?: boolean } = {},
): void {
  annotationFocus.set((state) => ({
    ...state,
    selectedId: id,
    editing: options.editing ?? (id === state.selectedId ? state.editing : null),
    focusSerial: options.focusCard ? state.focusSerial + 1 : state.focusSerial,
  }))
}

/** Start or stop choosing new text for an orphaned annotation. */
export function setReattaching(id: string | null): void {
  annotationFocus.set((state) => ({ ...state, reattachingId: id }))
}

/** A short flash over one passage, so the eye finds it after a jump. */
export const flashStore = createStore<{ annotationId: string | null; serial: number }>({
  annotationId: null,
  serial: 0,
})

/** Flash an annotation's passage. */
export function flashAnnotation(annotationId: string): void {
  flashStore.set((state) => ({ annotationId, serial: state.serial + 1 }))
}
