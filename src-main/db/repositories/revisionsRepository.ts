import type { Block, BlockLayout, Revision, RevisionLayout } from '../../common/model/document'
import type { Connection } from '../connection'

type RevisionRow = {
  id: string
  document_id: string
  number: number
  blocks: string
  text: string
  content_hash: string
  created_at: string
}

/** Revisions (drafts) of documents, with their blocks and canonical text. */
export class RevisionsRepository {
  constructor(private readonly db: Connection) {}

  /** The newest revision of a document, or null. */
  current(documentId: string): Revision | null {
    const row = this.db
      .prepare(`SELECT * FROM revisions WHERE document_id = ? ORDER BY number DESC LIMIT 1`)
      .get(documentId) as RevisionRow | undefined
    return row ? toRevision(row) : null
  }

  /** The id of a document's newest revision, or null: without reading its text, which can be megabytes. */
  currentId(documentId: string): string | null {
    const row = this.db
      .prepare(`SELECT id FROM revisions WHERE document_id = ? ORDER BY number DESC LIMIT 1`)
      .get(documentId) as { id: string } | undefined
    return row?.id ?? null
  }

  /**
   * The newest revision of a document with its blocks' kinds, levels and marks but not their texts (the canonical
   * text holds those): SQLite drops the texts from the stored JSON, so megabytes of block texts are neither parsed
   * nor sent twice.
   */
  currentLayout(documentId: string): RevisionLayout | null {
    const row = this.db
      .prepare(
        `SELECT id, document_id, number, text, content_hash, created_at,
           (SELECT json_group_array(json(json_remove(block.value, '$.text')) ORDER BY block.key)
              FROM json_each(revisions.blocks) AS block) AS layout
         FROM revisions WHERE document_id = ? ORDER BY number DESC LIMIT 1`,
      )
      .get(documentId) as (Omit<RevisionRow, 'blocks'> & { layout: string }) | undefined
    if (!row) return null
    return {
      id: row.id,
      documentId: row.document_id,
      number: row.number,
      layout: JSON.parse(row.layout) as BlockLayout[],
      text: row.text,
      contentHash: row.content_hash,
      createdAt: row.created_at,
    }
  }

  /** One revision by id, or null. */
  get(revisionId: string): Revision | null {
    const row = this.db.prepare(`SELECT * FROM revisions WHERE id = ?`).get(revisionId) as RevisionRow | undefined
    return row ? toRevision(row) : null
  }

  /** Store a revision; `blocks` are kept as JSON beside their canonical text. */
  insert(revision: Revision): void {
    this.db
      .prepare(
        `INSERT INTO revisions (id, document_id, number, blocks, text, content_hash, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        revision.id,
        revision.documentId,
        revision.number,
        JSON.stringify(revision.blocks),
        revision.text,
        revision.contentHash,
        revision.createdAt,
      )
  }
}

function toRevision(row: RevisionRow): Revision {
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    blocks: JSON.parse(row.blocks) as Block[],
    text: row.text,
    contentHash: row.content_hash,
    createdAt: row.created_at,
  }
}
