import type { DocumentLanguage, DocumentSummary } from '@common/model/document'
import { api, onMainEvent } from '../api/client'
import { createStore } from './createStore'

/** The library as main last reported it; `loaded` is false until the first answer arrives. */
export type LibraryState = { documents: DocumentSummary[]; loaded: boolean }

/** Every document in the library. */
export const libraryStore = createStore<LibraryState>({ documents: [], loaded: false })

/** A document just deleted, offered for undo until the user does something else with the library. */
export const recentlyDeleted = createStore<DocumentSummary | null>(null)

let following = false

/** Load the list and refresh it whenever main says documents changed. */
export async function loadLibrary(): Promise<void> {
  if (!following) {
    following = true
    onMainEvent('documents.didChange', () => void refreshLibrary())
  }
  await refreshLibrary()
}

/** Ask main for the list again. */
export async function refreshLibrary(): Promise<void> {
  const documents = await api['documents.list']()
  libraryStore.set({ documents, loaded: true })
}

/** Rename a document or correct its language. */
export async function updateDocument(
  documentId: string,
  patch: { title?: string; language?: DocumentLanguage },
): Promise<void> {
  const updated = await api['documents.update'](documentId, patch)
  replaceSummary(updated)
}

/** Move a document to the trash and offer to undo it. */
export async function deleteDocument(summary: DocumentSummary): Promise<void> {
  await api['documents.delete'](summary.id)
  libraryStore.set((state) => ({ ...state, documents: state.documents.filter((each) => each.id !== summary.id) }))
  recentlyDeleted.set(summary)
}

/**
 * Remove what was deleted from the backups too: main empties the trash for good and replaces every backup with
 * one taken now. There is nothing left to undo afterwards.
 */
export async function eraseDeletedFromBackups(): Promise<void> {
  await api['app.eraseDeletedFromBackups']()
  recentlyDeleted.set(null)
}

/** Bring back the document deleted last. */
export async function undoDelete(): Promise<void> {
  const deleted = recentlyDeleted.get()
  if (!deleted) return
  recentlyDeleted.set(null)
  await api['documents.restore'](deleted.id)
  await refreshLibrary()
}

/** Forget the undo offer (the user dismissed it). */
export function dismissUndo(): void {
  recentlyDeleted.set(null)
}

function replaceSummary(summary: DocumentSummary): void {
  libraryStore.set((state) => ({
    ...state,
    documents: state.documents.map((each) => (each.id === summary.id ? summary : each)),
  }))
}
