import type { Statement } from 'better-sqlite3'
import type { Block } from '../../common/model/document'
import type { Connection } from '../connection'
import { BatchInsert } from '../batchInsert'
import { insertRevisionLayout } from './revisionLayoutRows'
import type { DraftRow, LeafRow, SharedAnnotationRow, SharedCommentRow, SharedTagRow } from './teamRows'

const sharedAnnotations = `SELECT id, revision_id, color, start_offset, end_offset, exact, prefix, suffix,
  paragraph_label, author, author_id, created_at, updated_at, resolved_at
  FROM annotations WHERE document_id = ? AND private = 0`

/** Sharing flags and the shared records of a document, as stored. All SQL about team work lives here. */
export class TeamRepository {
  private readonly statements = new Map<string, Statement>()
  /** Leaves are written thousands at a time by a first merge (see db/batchInsert.ts). */
  private readonly insertLeaves: BatchInsert

  constructor(private readonly db: Connection) {
    this.insertLeaves = new BatchInsert(
      db,
      7,
      (values) => `INSERT INTO team_leaves (document_id, record_id, rev, deleted, history, body, winner)
       VALUES ${values}
       ON CONFLICT (document_id, record_id, rev) DO UPDATE SET deleted = excluded.deleted,
         history = excluded.history, body = excluded.body, winner = excluded.winner`,
    )
  }

  /** A prepared statement, compiled once: merges run the same few statements thousands of times. */
  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql)
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)))
    return statement
  }

  /** The document's title and sharing flag, or null when it is not in the library (or in the trash). */
  document(documentId: string): { title: string; shared: boolean } | null {
    const row = this.prepare(`SELECT title, shared FROM documents WHERE id = ? AND deleted_at IS NULL`).get(
      documentId,
    ) as { title: string; shared: number } | undefined
    return row ? { title: row.title, shared: row.shared === 1 } : null
  }

  /** Share a document with the team, or stop sharing it. */
  setShared(documentId: string, shared: boolean): void {
    this.prepare(`UPDATE documents SET shared = ? WHERE id = ?`).run(shared ? 1 : 0, documentId)
  }

  /** Mark an annotation private (it never leaves the machine) or not; returns its document, or null. */
  setPrivate(annotationId: string, isPrivate: boolean): string | null {
    const row = this.prepare(`SELECT document_id FROM annotations WHERE id = ?`).get(annotationId) as
      { document_id: string } | undefined
    if (!row) return null
    this.prepare(`UPDATE annotations SET private = ? WHERE id = ?`).run(isPrivate ? 1 : 0, annotationId)
    return row.document_id
  }

  /** Ids of the document's private annotations. */
  privateAnnotationIds(documentId: string): Set<string> {
    const rows = this.prepare(`SELECT id FROM annotations WHERE document_id = ? AND private = 1`).all(documentId) as {
      id: string
    }[]
    return new Set(rows.map((row) => row.id))
  }

  /** The document's drafts, oldest first. */
  drafts(documentId: string): DraftRow[] {
    return this.prepare(
      `SELECT id, number, blocks, text, content_hash FROM revisions WHERE document_id = ? ORDER BY number`,
    ).all(documentId) as DraftRow[]
  }

  /** Drafts anywhere in the library whose stored content hash is `hash`, with their documents. */
  draftsWithHash(hash: string): { id: string; document_id: string; text: string }[] {
    return this.prepare(
      `SELECT r.id, r.document_id, r.text FROM revisions r JOIN documents d ON d.id = r.document_id
         WHERE r.content_hash = ? AND d.deleted_at IS NULL ORDER BY d.shared DESC, d.created_at`,
    ).all(hash) as { id: string; document_id: string; text: string }[]
  }

  /** Every draft in the library (for matching a draft whose stored hash is not the hash of its text). */
  allDrafts(): { id: string; document_id: string; text: string }[] {
    return this.prepare(
      `SELECT r.id, r.document_id, r.text FROM revisions r JOIN documents d ON d.id = r.document_id
         WHERE d.deleted_at IS NULL ORDER BY d.shared DESC, d.created_at`,
    ).all() as { id: string; document_id: string; text: string }[]
  }

  /** The document's shared annotations. */
  annotations(documentId: string): SharedAnnotationRow[] {
    return this.prepare(sharedAnnotations).all(documentId) as SharedAnnotationRow[]
  }

  /** Comments and replies on the document's shared annotations. */
  comments(documentId: string): SharedCommentRow[] {
    return this.prepare(
      `SELECT c.id, c.annotation_id, c.parent_id, c.author, c.author_id, c.body, c.created_at, c.updated_at
         FROM comments c JOIN annotations a ON a.id = c.annotation_id WHERE a.document_id = ? AND a.private = 0`,
    ).all(documentId) as SharedCommentRow[]
  }

  /** Tags on the document's shared annotations. */
  tags(documentId: string): SharedTagRow[] {
    return this.prepare(
      `SELECT at.annotation_id, t.name, t.name_key FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
         JOIN annotations a ON a.id = at.annotation_id WHERE a.document_id = ? AND a.private = 0`,
    ).all(documentId) as SharedTagRow[]
  }

  /** The stored revision-tree leaves of the document's shared records. */
  leaves(documentId: string): LeafRow[] {
    return this.prepare(
      `SELECT record_id, rev, deleted, history, body, winner FROM team_leaves WHERE document_id = ?`,
    ).all(documentId) as LeafRow[]
  }

  /** Annotation records that have more than one leaf (candidates for a conflict), with their leaves. */
  annotationLeavesInDispute(documentId: string): LeafRow[] {
    return this.prepare(
      `SELECT record_id, rev, deleted, history, body, winner FROM team_leaves WHERE document_id = ? AND record_id IN (
           SELECT record_id FROM team_leaves WHERE document_id = ? AND record_id LIKE 'a:%'
           GROUP BY record_id HAVING count(*) > 1)`,
    ).all(documentId, documentId) as LeafRow[]
  }

  /**
   * Replace the stored leaves of the given records (a record with no leaves left is dropped). A leaf kept keeps
   * whether the server has it: only new leaves wait for the server.
   */
  replaceLeaves(documentId: string, recordIds: Iterable<string>, leaves: readonly LeafRow[]): void {
    const revsByRecord = new Map<string, string[]>()
    for (const leaf of leaves) revsByRecord.set(leaf.record_id, [...(revsByRecord.get(leaf.record_id) ?? []), leaf.rev])
    const drop = this.prepare(
      `DELETE FROM team_leaves WHERE document_id = ? AND record_id = ? AND rev NOT IN (SELECT value FROM json_each(?))`,
    )
    for (const recordId of recordIds) drop.run(documentId, recordId, JSON.stringify(revsByRecord.get(recordId) ?? []))
    this.insertLeaves.run(
      leaves.map((leaf) => [documentId, leaf.record_id, leaf.rev, leaf.deleted, leaf.history, leaf.body, leaf.winner]),
    )
  }

  /** Store a document that arrived from a colleague (its drafts follow through `appendDraft`). */
  insertDocument(document: { id: string; title: string; sizeBytes: number; contentHash: string; createdAt: string }) {
    this.prepare(
      `INSERT INTO documents (id, title, source_name, format, encoding, language, size_bytes, content_hash,
           created_at, updated_at, shared)
         VALUES (@id, @title, @sourceName, 'paste', NULL, 'und', @sizeBytes, @contentHash, @createdAt, @createdAt, 1)`,
    ).run({ ...document, sourceName: `${document.title}.marginalia` })
  }

  /** Add a draft after the document's newest one. */
  appendDraft(
    documentId: string,
    draft: { id: string; blocks: unknown; text: string; contentHash: string; createdAt: string },
  ): void {
    this.prepare(
      `INSERT INTO revisions (id, document_id, number, blocks, text, content_hash, created_at)
         VALUES (?, ?, (SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE document_id = ?), ?, ?, ?, ?)`,
    ).run(
      draft.id,
      documentId,
      documentId,
      JSON.stringify(draft.blocks),
      draft.text,
      draft.contentHash,
      draft.createdAt,
    )
    insertRevisionLayout(this.db, draft.id, draft.blocks as Block[])
  }

  /** Every shared document still in the library. */
  sharedDocumentIds(): string[] {
    const rows = this.prepare(`SELECT id FROM documents WHERE shared = 1 AND deleted_at IS NULL`).all() as {
      id: string
    }[]
    return rows.map((row) => row.id)
  }

  /** The document whose shared records include `recordId`, or null. */
  documentOfRecord(recordId: string): string | null {
    const row = this.prepare(`SELECT document_id FROM team_leaves WHERE record_id = ? LIMIT 1`).get(recordId) as
      { document_id: string } | undefined
    return row?.document_id ?? null
  }

  /** How many records of shared documents changed here since the last time the server took them. */
  waitingRecords(): number {
    const row = this.prepare(
      `SELECT count(DISTINCT record_id) AS n FROM team_leaves WHERE pushed = 0
         AND document_id IN (SELECT id FROM documents WHERE shared = 1 AND deleted_at IS NULL)`,
    ).get() as { n: number }
    return row.n
  }

  /** The document an annotation belongs to, or null. */
  annotationDocument(annotationId: string): string | null {
    const row = this.prepare(`SELECT document_id FROM annotations WHERE id = ?`).get(annotationId) as
      { document_id: string } | undefined
    return row?.document_id ?? null
  }

  /** Insert or update a shared annotation arriving from a colleague. */
  upsertAnnotation(documentId: string, row: SharedAnnotationRow): void {
    // Positional parameters: a merge runs this thousands of times, and a named one costs an object per row.
    this.prepare(
      `INSERT INTO annotations (id, document_id, revision_id, color, start_offset, end_offset, exact, prefix, suffix,
           paragraph_label, author, author_id, created_at, updated_at, resolved_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET revision_id = excluded.revision_id, color = excluded.color,
           start_offset = excluded.start_offset, end_offset = excluded.end_offset, exact = excluded.exact,
           prefix = excluded.prefix, suffix = excluded.suffix, paragraph_label = excluded.paragraph_label,
           author = excluded.author, author_id = excluded.author_id, created_at = excluded.created_at,
           updated_at = excluded.updated_at, resolved_at = excluded.resolved_at, anchor_status = 'anchored'
         WHERE annotations.document_id = excluded.document_id`,
    ).run(
      row.id,
      documentId,
      row.revision_id,
      row.color,
      row.start_offset,
      row.end_offset,
      row.exact,
      row.prefix,
      row.suffix,
      row.paragraph_label,
      row.author,
      row.author_id,
      row.created_at,
      row.updated_at,
      row.resolved_at,
    )
  }

  /** Delete a shared annotation (with its tags and thread) of this document. */
  deleteAnnotation(documentId: string, annotationId: string): void {
    this.prepare(`DELETE FROM annotations WHERE id = ? AND document_id = ?`).run(annotationId, documentId)
  }

  /** Insert or update a comment arriving from a colleague; false when its annotation or parent is not here (or its id is another annotation's comment). */
  upsertComment(documentId: string, row: SharedCommentRow): boolean {
    // One statement with its checks inside (the annotation is this document's, the parent is here), rather than
    // two lookups and a write per comment.
    const { changes } = this.prepare(
      `INSERT INTO comments (id, annotation_id, parent_id, author, author_id, body, created_at, updated_at)
         SELECT ?, ?, ?, ?, ?, ?, ?, ?
         WHERE EXISTS (SELECT 1 FROM annotations WHERE id = ? AND document_id = ?)
           AND (? IS NULL OR EXISTS (SELECT 1 FROM comments WHERE id = ?))
         ON CONFLICT (id) DO UPDATE SET body = excluded.body, author = excluded.author,
           author_id = excluded.author_id, updated_at = excluded.updated_at
         WHERE comments.annotation_id = excluded.annotation_id`,
    ).run(
      row.id,
      row.annotation_id,
      row.parent_id,
      row.author,
      row.author_id,
      row.body,
      row.created_at,
      row.updated_at,
      row.annotation_id,
      documentId,
      row.parent_id,
      row.parent_id,
    )
    return changes > 0
  }

  /** Delete a comment (its replies go with it) on an annotation of this document. */
  deleteComment(documentId: string, commentId: string): void {
    this.prepare(
      `DELETE FROM comments WHERE id = ? AND annotation_id IN (SELECT id FROM annotations WHERE document_id = ?)`,
    ).run(commentId, documentId)
  }

  /** Put a tag (created when new) on an annotation of this document. */
  addTag(documentId: string, annotationId: string, name: string, nameKey: string, newTag: () => string): void {
    if (this.annotationDocument(annotationId) !== documentId) return
    this.prepare(`INSERT OR IGNORE INTO tags (id, name, name_key, color, created_at) VALUES (?, ?, ?, NULL, ?)`).run(
      newTag(),
      name,
      nameKey,
      new Date().toISOString(),
    )
    this.prepare(
      `INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) SELECT ?, id FROM tags WHERE name_key = ?`,
    ).run(annotationId, nameKey)
  }

  /** Take a tag off an annotation of this document. */
  removeTag(documentId: string, annotationId: string, nameKey: string): void {
    this.prepare(
      `DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id IN (SELECT id FROM tags WHERE name_key = ?)
           AND annotation_id IN (SELECT id FROM annotations WHERE document_id = ?)`,
    ).run(annotationId, nameKey, documentId)
  }

  /**
   * Replace what the last merge from colleagues brought to a document with `annotationIds` (shared annotations of
   * this document only), stamped `arrivedAt`.
   */
  replaceArrivals(documentId: string, annotationIds: Iterable<string>, arrivedAt: string): void {
    this.prepare(`DELETE FROM team_arrivals WHERE document_id = ?`).run(documentId)
    // One statement for the whole set: the ids drive the join (CROSS JOIN keeps that order), each finding its row.
    this.prepare(
      `INSERT OR REPLACE INTO team_arrivals (annotation_id, document_id, arrived_at)
         SELECT a.id, a.document_id, ? FROM json_each(?) j CROSS JOIN annotations a ON a.id = j.value
         WHERE a.document_id = ? AND a.private = 0`,
    ).run(arrivedAt, JSON.stringify([...annotationIds]), documentId)
  }
}
