import { AppError } from '../common/api/appError'
import type { Handlers } from '../common/api/callMap'
import type { DocumentsApi } from '../common/api/documentsApi'
import type { DocumentsService } from '../services/documentsService'

const notYet = (): never => {
  throw new AppError('notImplemented', 'This is not available yet.')
}

/** documents.* calls. */
export function createDocumentsHandlers(documents: DocumentsService): Handlers<DocumentsApi> {
  return {
    'documents.list': () => documents.list(),
    'documents.open': notYet,
    'documents.previewImport': notYet,
    'documents.import': notYet,
    'documents.importText': notYet,
    'documents.update': notYet,
    'documents.delete': notYet,
    'documents.restore': notYet,
    'documents.saveReadingPosition': notYet,
    'documents.openWelcome': notYet,
  }
}
