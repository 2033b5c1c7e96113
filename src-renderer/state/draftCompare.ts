import type { DraftComparison } from '@common/model/draft'
import { api } from '../api/client'
import { createStore } from './createStore'

/** The compare view on screen: which document and which two drafts (older first); null when closed. */
export type CompareRequest = { documentId: string; title: string; fromDraft: number; toDraft: number }

/** The open compare view, if any. */
export const draftCompareStore = createStore<CompareRequest | null>(null)

/** Open the compare view between two drafts of a document. */
export function openCompare(request: CompareRequest): void {
  draftCompareStore.set(request)
}

/** Choose other drafts in the open compare view. */
export function changeCompare(fromDraft: number, toDraft: number): void {
  draftCompareStore.set((current) => (current ? { ...current, fromDraft, toDraft } : current))
}

/** Close the compare view. */
export function closeCompare(): void {
  draftCompareStore.set(null)
}

/** The whole document between two of its drafts, paragraph by paragraph, with the list of changes. */
export function loadComparison(documentId: string, fromDraft: number, toDraft: number): Promise<DraftComparison> {
  return api['drafts.compare'](documentId, fromDraft, toDraft)
}
