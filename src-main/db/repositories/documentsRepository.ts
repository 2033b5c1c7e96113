import type { DocumentFormat, DocumentLanguage, DocumentSummary, ReadingPosition } from '../../common/model/document'
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

/** The columns a new document is stored with. */
export type NewDocument = {
  id: string
  title: string
  sourceName: string
  format: DocumentFormat
  encoding: string | null
  language: DocumentLanguage
  sizeBytes: number
  contentHash: string
  createdAt: string
}

/** What the library keeps about a document besides its summary. */
export type DocumentState = { deletedAt: string | null; readingPosition: ReadingPosition | null }

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

  /** Whether a document is in the trash and where its reader was; null when there is no such document. */
  getState(documentId: string): DocumentState | null {
    const row = this.db.prepare(`SELECT deleted_at, reading_position FROM documents WHERE id = ?`).get(documentId) as
      { deleted_at: string | null; reading_position: string | null } | undefined
    if (!row) return null
    return {
      deletedAt: row.deleted_at,
      readingPosition: row.reading_position ? (JSON.parse(row.reading_position) as ReadingPosition) : null,
    }
  }

  /** A document in the library (not in the trash) whose content hash is `contentHash`, or null. */
  findByContentHash(contentHash: string): DocumentSummary | null {
    const row = this.db
      .prepare(
        `SELECT ${summaryColumns} FROM documents d
         WHERE d.content_hash = ? AND d.deleted_at IS NULL ORDER BY d.created_at LIMIT 1`,
      )
      .get(contentHash) as DocumentRow | undefined
    return row ? toSummary(row) : null
  }

  /** The oldest document of a format that is in the library, or null (used for the welcome document). */
  findByFormat(format: DocumentFormat): DocumentSummary | null {
    const row = this.db
      .prepare(
        `SELECT ${summaryColumns} FROM documents d
         WHERE d.format = ? AND d.deleted_at IS NULL ORDER BY d.created_at LIMIT 1`,
      )
      .get(format) as DocumentRow | undefined
    return row ? toSummary(row) : null
  }

  /** Store a new document row (its first revision is stored by the revisions repository in the same transaction). */
  insert(document: NewDocument): void {
    this.db
      .prepare(
        `INSERT INTO documents (id, title, source_name, format, encoding, language, size_bytes, content_hash,
           created_at, updated_at)
         VALUES (@id, @title, @sourceName, @format, @encoding, @language, @sizeBytes, @contentHash,
           @createdAt, @createdAt)`,
      )
      .run(document)
  }

  /** Change the title and/or language; returns false when the document does not exist. */
  update(documentId: string, patch: { title?: string; language?: DocumentLanguage }, at: string): boolean {
    const result = this.db
      .prepare(
        `UPDATE documents SET title = coalesce(@title, title), language = coalesce(@language, language),
           updated_at = @at
         WHERE id = @id`,
      )
      .run({ id: documentId, title: patch.title ?? null, language: patch.language ?? null, at })
    return result.changes > 0
  }

  /** Record that the document was opened now. */
  markOpened(documentId: string, at: string): void {
    this.db.prepare(`UPDATE documents SET last_opened_at = ? WHERE id = ?`).run(at, documentId)
  }

  /** Remember where the reader was. */
  saveReadingPosition(documentId: string, position: ReadingPosition): void {
    this.db.prepare(`UPDATE documents SET reading_position = ? WHERE id = ?`).run(JSON.stringify(position), documentId)
  }

  /** Move to the trash (or back, with null). Returns false when the document does not exist. */
  setDeletedAt(documentId: string, deletedAt: string | null): boolean {
    return this.db.prepare(`UPDATE documents SET deleted_at = ? WHERE id = ?`).run(deletedAt, documentId).changes > 0
  }

  /**
   * Remove every document in the trash for good, with its revisions and annotations (foreign keys cascade;
   * secure_delete overwrites the freed pages). Returns the ids removed.
   */
  purgeDeleted(): string[] {
    const ids = (
      this.db.prepare(`SELECT id FROM documents WHERE deleted_at IS NOT NULL`).all() as { id: string }[]
    ).map((row) => row.id)
    if (ids.length > 0) this.db.prepare(`DELETE FROM documents WHERE deleted_at IS NOT NULL`).run()
    return ids
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
