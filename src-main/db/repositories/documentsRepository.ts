import type { DocumentFormat, DocumentLanguage, DocumentSummary } from '../../common/model/document'
import type { Connection } from '../connection'

type DocumentRow = {
  id: string
  title: string
  source_name: string
  format: string
  encoding: string | null
  language: string
  size_bytes: number
  content_hash: string
  created_at: string
  updated_at: string
  last_opened_at: string | null
  current_revision_id: string
  revision_count: number
  annotation_count: number
}

const summaryColumns = `
  d.id, d.title, d.source_name, d.format, d.encoding, d.language, d.size_bytes, d.content_hash,
  d.created_at, d.updated_at, d.last_opened_at,
  (SELECT r.id FROM revisions r WHERE r.document_id = d.id ORDER BY r.number DESC LIMIT 1) AS current_revision_id,
  (SELECT count(*) FROM revisions r WHERE r.document_id = d.id) AS revision_count,
  (SELECT count(*) FROM annotations a WHERE a.document_id = d.id) AS annotation_count`

/** Documents as the library sees them. All SQL about documents lives here. */
export class DocumentsRepository {
  constructor(private readonly db: Connection) {}

  /** Every document, most recently imported first. */
  listSummaries(): DocumentSummary[] {
    const rows = this.db
      .prepare(`SELECT ${summaryColumns} FROM documents d WHERE d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id`)
      .all() as DocumentRow[]
    return rows.map(toSummary)
  }

  /** One document (deleted ones too, so undo can find them), or null. */
  getSummary(documentId: string): DocumentSummary | null {
    const row = this.db.prepare(`SELECT ${summaryColumns} FROM documents d WHERE d.id = ?`).get(documentId) as
      DocumentRow | undefined
    return row ? toSummary(row) : null
  }
}

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    sourceName: row.source_name,
    format: row.format as DocumentFormat,
    encoding: row.encoding,
    language: row.language as DocumentLanguage,
    sizeBytes: row.size_bytes,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastOpenedAt: row.last_opened_at,
    currentRevisionId: row.current_revision_id,
    revisionCount: row.revision_count,
    annotationCount: row.annotation_count,
  }
}
