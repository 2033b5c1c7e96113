import type { Handlers } from '../common/api/callMap'
import type { DraftsApi } from '../common/api/draftsApi'
import type { DraftsService } from '../services/draftsService'

/** drafts.* calls. */
export function createDraftsHandlers(drafts: DraftsService): Handlers<DraftsApi> {
  return {
    'drafts.list': (documentId) => drafts.list(documentId),
    'drafts.open': (documentId, draft) => drafts.open(documentId, draft),
    'drafts.report': (documentId, draft) => drafts.report(documentId, draft),
    'drafts.compare': (documentId, fromDraft, toDraft) => drafts.compare(documentId, fromDraft, toDraft),
    'drafts.undoImport': (documentId) => drafts.undoImport(documentId),
  }
}
