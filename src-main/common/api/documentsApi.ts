import { z } from 'zod'
import type { DocumentSummary } from '../model/document'
import type { ArgSchemas } from './callMap'

export type DocumentsApi = {
  /** All documents in the library, most recently imported first. */
  'documents.list': () => DocumentSummary[]
}

export const documentsArgs: ArgSchemas<DocumentsApi> = {
  'documents.list': z.tuple([]),
}

export type DocumentsEvents = {
  /** Documents were added, changed or removed. */
  'documents.didChange': { documentIds: string[] }
}
