import { useStore } from '../../state/createStore'
import { readerStore } from '../../state/readerStore'

/** The id of the document open in the reader, or null while none is (export needs one). */
export function useOpenDocumentId(): string | null {
  const state = useStore(readerStore)
  return state.status === 'open' ? state.detail.summary.id : null
}
