import type { DraftView } from '@common/api/draftsApi'
import type { DraftSummary } from '@common/model/draft'
import { api, onMainEvent } from '../api/client'
import { createStore } from './createStore'

/** The drafts of the open document, oldest first (empty until listed, or for a document with one draft). */
export const draftListStore = createStore<{ documentId: string | null; drafts: DraftSummary[] }>({
  documentId: null,
  drafts: [],
})

/** An earlier draft shown read-only in the reader instead of the newest; null shows the newest. */
export const draftViewStore = createStore<{ documentId: string; draft: number; view: DraftView | null } | null>(null)

let listSerial = 0
let viewSerial = 0
let following = false

/** List the drafts of `documentId` (and keep the list in step with imports and undos). */
export async function loadDraftList(documentId: string): Promise<void> {
  followChanges()
  const serial = ++listSerial
  const drafts = await api['drafts.list'](documentId)
  if (serial === listSerial) draftListStore.set({ documentId, drafts })
}

/** Show draft `draft` of the document read-only, with its annotations where they were in it. */
export async function showDraft(documentId: string, draft: number): Promise<void> {
  const serial = ++viewSerial
  draftViewStore.set({ documentId, draft, view: null })
  try {
    const view = await api['drafts.open'](documentId, draft)
    if (serial === viewSerial) draftViewStore.set({ documentId, draft, view })
  } catch (error) {
    if (serial === viewSerial) draftViewStore.set(null)
    throw error
  }
}

/** Go back to the newest draft. */
export function leaveDraftView(): void {
  viewSerial++
  draftViewStore.set(null)
}

function followChanges(): void {
  if (following) return
  following = true
  onMainEvent('drafts.didChange', ({ documentId }) => {
    if (draftListStore.get().documentId === documentId) void loadDraftList(documentId).catch(() => undefined)
  })
}
