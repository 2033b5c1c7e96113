import type { Statement } from 'better-sqlite3'
import type { BlockEntry } from '../../search/blockEntries'
import type { Connection } from '../connection'

/** A revision whose text still has to be indexed for search. */
export type QueuedRevision = {
  revisionId: string
  documentId: string
  /** The first block not yet indexed. */
  nextBlock: number
  /** The document's previous text rows are gone; until then search hides them. */
  cleared: boolean
}

/**
 * The queue of long revisions indexed after their write (migration 0011): reading it, and the statements one slice
 * of indexing runs. The caller holds each slice in its own transaction.
 */
export class SearchTextQueueRepository {
  private readonly statements = new Map<string, Statement>()

  constructor(private readonly db: Connection) {}

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }

  /** The revision queued first, or null when everything is indexed. */
  first(): QueuedRevision | null {
    const row = this.prepare(
      `SELECT revision_id, document_id, next_block, cleared FROM search_text_queue ORDER BY rowid LIMIT 1`,
    ).get() as { revision_id: string; document_id: string; next_block: number; cleared: number } | undefined
    if (!row) return null
    return {
      revisionId: row.revision_id,
      documentId: row.document_id,
      nextBlock: row.next_block,
      cleared: row.cleared === 1,
    }
  }

  /** The queue row of one revision, read again at each slice: an undo or a delete may have removed it meanwhile. */
  get(revisionId: string): QueuedRevision | null {
    const row = this.prepare(
      `SELECT revision_id, document_id, next_block, cleared FROM search_text_queue WHERE revision_id = ?`,
    ).get(revisionId) as { revision_id: string; document_id: string; next_block: number; cleared: number } | undefined
    if (!row) return null
    return {
      revisionId: row.revision_id,
      documentId: row.document_id,
      nextBlock: row.next_block,
      cleared: row.cleared === 1,
    }
  }

  /** The stored blocks JSON of a revision, or null when it is gone. */
  blocksJson(revisionId: string): string | null {
    const row = this.prepare(`SELECT blocks FROM revisions WHERE id = ?`).get(revisionId) as
      { blocks: string } | undefined
    return row?.blocks ?? null
  }

  /** Remove up to `limit` of a document's text rows; returns how many went. */
  deleteTextRows(documentId: string, limit: number): number {
    return this.prepare(
      `DELETE FROM search_entries WHERE id IN (
         SELECT id FROM search_entries WHERE document_id = ? AND kind = 'text' LIMIT ?)`,
    ).run(documentId, limit).changes
  }

  /** The document's previous text rows are all gone. */
  markCleared(revisionId: string): void {
    this.prepare(`UPDATE search_text_queue SET cleared = 1 WHERE revision_id = ?`).run(revisionId)
  }

  /** Index one block of a queued revision. */
  insertEntry(queued: QueuedRevision, entry: BlockEntry): void {
    this.prepare(
      `INSERT INTO search_entries (kind, document_id, revision_id, block_index, start_offset, end_offset, paragraph_label, body)
       VALUES ('text', ?, ?, ?, ?, ?, ?, ?)`,
    ).run(queued.documentId, queued.revisionId, entry.blockIndex, entry.start, entry.end, entry.label, entry.body)
  }

  /** Blocks before `nextBlock` are indexed. */
  advance(revisionId: string, nextBlock: number): void {
    this.prepare(`UPDATE search_text_queue SET next_block = ? WHERE revision_id = ?`).run(nextBlock, revisionId)
  }

  /** The revision is fully indexed. */
  finish(revisionId: string): void {
    this.prepare(`DELETE FROM search_text_queue WHERE revision_id = ?`).run(revisionId)
  }
}
