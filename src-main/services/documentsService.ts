import type { DocumentSummary } from '../common/model/document'
import type { DocumentsRepository } from '../db/repositories/documentsRepository'

/** The library: listing, importing, renaming and removing documents. */
export class DocumentsService {
  constructor(private readonly documents: DocumentsRepository) {}

  list(): DocumentSummary[] {
    return this.documents.listSummaries()
  }
}
