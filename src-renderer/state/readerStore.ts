import type { DocumentDetail } from '@common/api/documentsApi'
import type { ReadingPosition } from '@common/model/document'
import { api, onMainEvent } from '../api/client'
import { createStore } from './createStore'
import { lastDocument, rememberLastDocument } from './lastDocument'
import { readerDetail } from './readerDetail'
import { fetchRestOfText } from './restOfText'

/**
 * What the reader shows: nothing, a document being fetched, a long document's first screen while the rest of its
 * text arrives ('drawing': its blocks outside that screen hold spaces, so nothing may read its text yet), the
 * document, or why it could not be opened.
 */
export type ReaderState =
  | { status: 'empty' }
  | { status: 'loading'; documentId: string }
  | { status: 'drawing'; documentId: string; detail: DocumentDetail }
  | { status: 'open'; detail: DocumentDetail }
  | { status: 'failed'; documentId: string; error: unknown }

/** The open document. Other features read the open revision from here (annotations, find, export). */
export const readerStore = createStore<ReaderState>({ status: 'empty' })

let openSerial = 0
let following = false

/** The id of the document open or being opened, if any. */
export function currentDocumentId(): string | null {
  const state = readerStore.get()
  if (state.status === 'empty') return null
  return state.status === 'open' ? state.detail.summary.id : state.documentId
}

/** Open a document in the reader (fetches its current revision and where the user left off). */
export async function openDocument(documentId: string): Promise<void> {
  followLibraryChanges()
  const serial = ++openSerial
  readerStore.set({ status: 'loading', documentId })
  try {
    // A long text's first screen is drawn from the window part; the whole text follows, once.
    const first = readerDetail(await api['documents.openForReader'](documentId, 'window'))
    if (serial !== openSerial) return
    rememberLastDocument(documentId)
    if (first.complete) return readerStore.set({ status: 'open', detail: first.detail })
    readerStore.set({ status: 'drawing', documentId, detail: first.detail })
    // Ask for the rest once the first screen is painted, in slices: reading megabytes must not hold up a frame.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    if (serial !== openSerial) return
    const revisionId = first.detail.revision.id
    const detail = await fetchRestOfText(
      first.detail,
      first.arrived,
      ({ from, to }) => api['documents.readerText'](documentId, revisionId, from, to),
      () => serial === openSerial,
    )
    if (detail) readerStore.set({ status: 'open', detail })
  } catch (error) {
    if (serial === openSerial) readerStore.set({ status: 'failed', documentId, error })
  }
}

/** Close the reader (the document was deleted, for instance). */
export function closeDocument(): void {
  openSerial++
  readerStore.set({ status: 'empty' })
  rememberLastDocument(null)
}

/** After a reload or restart, open the document the user had open (main restores where they were in it). */
export function reopenLastDocument(documents: readonly { id: string }[]): void {
  const documentId = lastDocument()
  if (readerStore.get().status !== 'empty' || !documentId) return
  if (documents.some((each) => each.id === documentId)) void openDocument(documentId)
  else rememberLastDocument(null)
}

/** Remember where the user is; errors are ignored because a lost position is not worth interrupting reading. */
export function saveReadingPosition(documentId: string, position: ReadingPosition): void {
  void api['documents.saveReadingPosition'](documentId, position).catch(() => undefined)
}

/** Keep the title in the reader in step with renames, and close a document that was deleted elsewhere. */
function followLibraryChanges(): void {
  if (following) return
  following = true
  onMainEvent('documents.didChange', ({ documentIds }) => {
    const state = readerStore.get()
    if (state.status !== 'open' || !documentIds.includes(state.detail.summary.id)) return
    void api['documents.list']().then((documents) => {
      const current = readerStore.get()
      if (current.status !== 'open') return
      const summary = documents.find((each) => each.id === current.detail.summary.id)
      if (!summary) closeDocument()
      else readerStore.set({ status: 'open', detail: { ...current.detail, summary } })
    })
  })
}
