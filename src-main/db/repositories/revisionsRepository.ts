import type { Block, Revision } from '../../common/model/document'
import { readerLayoutOf, type ReaderLayout } from '../../common/model/readerLayout'
import type { Connection } from '../connection'
import { insertRevisionLayout, revisionLayout } from './revisionLayoutRows'

type RevisionRow = {
  id: string
  document_id: string
  number: number
  blocks: string
  text: string
  content_hash: string
  created_at: string
}

/** A revision without its blocks and text. */
export type RevisionHeader = Omit<Revision, 'blocks' | 'text'>

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
   * The newest revision of a document without its blocks or text (either can be megabytes), with the reader's
   * layout of it: the stored one, or for a revision stored without one, made from its blocks.
   */
  currentForReader(documentId: string): { revision: RevisionHeader; layout: ReaderLayout } | null {
    const row = this.db
      .prepare(
        `SELECT id, document_id, number, content_hash, created_at FROM revisions
         WHERE document_id = ? ORDER BY number DESC LIMIT 1`,
      )
      .get(documentId) as Omit<RevisionRow, 'blocks' | 'text'> | undefined
    if (!row) return null
    const revision = {
      id: row.id,
      documentId: row.document_id,
      number: row.number,
      contentHash: row.content_hash,
      createdAt: row.created_at,
    }
    const layout = revisionLayout(this.db, row.id) ?? readerLayoutOf(this.get(row.id)?.blocks ?? [])
    return { revision, layout }
  }

  /** The reader's layout of one of a document's revisions, or null when the document has no such revision. */
  readerLayout(documentId: string, revisionId: string): ReaderLayout | null {
    const found = this.db
      .prepare(`SELECT 1 FROM revisions WHERE id = ? AND document_id = ?`)
      .pluck()
      .get(revisionId, documentId)
    if (!found) return null
    return revisionLayout(this.db, revisionId) ?? readerLayoutOf(this.get(revisionId)?.blocks ?? [])
  }

  /**
   * Characters [start, start + count) of a revision's canonical text, counted as SQLite counts them (code points,
   * not UTF-16 units): SQLite cuts them out, so the rest of a long text is neither copied nor decoded.
   */
  textSlice(revisionId: string, start: number, count: number): string {
    const slice = this.db
      .prepare(`SELECT substr(text, ?, ?) FROM revisions WHERE id = ?`)
      .pluck()
      .get(start + 1, count, revisionId) as string | undefined
    return slice ?? ''
  }

  /** A revision's whole canonical text ('' when there is no such revision). */
  text(revisionId: string): string {
    return (this.db.prepare(`SELECT text FROM revisions WHERE id = ?`).pluck().get(revisionId) as string) ?? ''
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
    insertRevisionLayout(this.db, revision.id, revision.blocks)
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
