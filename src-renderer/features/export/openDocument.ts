import { useStore } from '../../state/createStore'
import { revealRequests } from '../../state/readerNavigation'

/**
 * The id of the document the reader shows, or null. Until the reader keeps its own store of the open document,
 * the last reveal request (which is what opens a document in the reader) is the best signal there is.
 */
export function useOpenDocumentId(): string | null {
  return useStore(revealRequests)?.documentId ?? null
}
