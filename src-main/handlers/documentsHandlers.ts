import type { Handlers } from '../common/api/callMap'
import type { DocumentsApi } from '../common/api/documentsApi'
import type { DocumentsService } from '../services/documentsService'
import type { DraftsService } from '../services/draftsService'

/** documents.* calls. */
export function createDocumentsHandlers(documents: DocumentsService, drafts: DraftsService): Handlers<DocumentsApi> {
  return {
    'documents.list': () => documents.list(),
    'documents.open': (documentId) => documents.open(documentId),
    'documents.openForReader': (documentId, part) => documents.openForReader(documentId, part),
    'documents.readerText': (documentId, revisionId, fromBlock, toBlock) =>
      documents.readerText(documentId, revisionId, fromBlock, toBlock),
    'documents.previewImport': (file) => documents.previewImport(file),
    'documents.import': (file, options) => documents.import(file, options),
    'documents.importPreviewed': (previewId, options) => documents.importPreviewed(previewId, options),
    'documents.importDraft': (documentId, file, options) => drafts.importDraft(documentId, file, options),
    'documents.importText': (text, options) => documents.importText(text, options),
    'documents.update': (documentId, patch) => documents.update(documentId, patch),
    'documents.delete': (documentId) => documents.delete(documentId),
    'documents.restore': (documentId) => documents.restore(documentId),
    'documents.saveReadingPosition': (documentId, position) => documents.saveReadingPosition(documentId, position),
    'documents.openWelcome': () => documents.openWelcome(),
  }
}
