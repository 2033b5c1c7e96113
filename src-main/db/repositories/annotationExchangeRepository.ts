import type { AnchorStatus, AnnotationColor } from '../../common/model/annotation'
import type { Connection } from '../connection'

/** An annotation row as the exchange import writes it. */
export type AnnotationRecord = {
  id: string
  documentId: string
  revisionId: string
  color: AnnotationColor
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  paragraphLabel: string | null
  author: string
  createdAt: string
  updatedAt: string
  resolvedAt: string | null
  anchorStatus: AnchorStatus
}

/** A comment row as the exchange import writes it. */
export type CommentRecord = {
  id: string
  annotationId: string
  parentId: string | null
  author: string
  body: string
  createdAt: string
  updatedAt: string
}

/** The writes that merging an annotation file needs: upserts by id, tags by name. All SQL for it lives here. */
export class AnnotationExchangeRepository {
  constructor(private readonly db: Connection) {}

  /** The stored document and last edit of an annotation, or null when it does not exist. */
  annotationVersion(id: string): { documentId: string; updatedAt: string } | null {
    const row = this.db.prepare(`SELECT document_id, updated_at FROM annotations WHERE id = ?`).get(id) as
      { document_id: string; updated_at: string } | undefined
    return row ? { documentId: row.document_id, updatedAt: row.updated_at } : null
  }

  /** The annotation a comment belongs to and its last edit, or null. */
  commentVersion(id: string): { annotationId: string; updatedAt: string } | null {
    const row = this.db.prepare(`SELECT annotation_id, updated_at FROM comments WHERE id = ?`).get(id) as
      { annotation_id: string; updated_at: string } | undefined
    return row ? { annotationId: row.annotation_id, updatedAt: row.updated_at } : null
  }

  /** The first top-level comment of an annotation (what replies answer), or null. */
  mainCommentId(annotationId: string): string | null {
    const row = this.db
      .prepare(`SELECT id FROM comments WHERE annotation_id = ? AND parent_id IS NULL ORDER BY created_at, id LIMIT 1`)
      .get(annotationId) as { id: string } | undefined
    return row?.id ?? null
  }

  /** Insert an annotation or overwrite the stored one with the same id. */
  upsertAnnotation(record: AnnotationRecord): void {
    this.db
      .prepare(
        `INSERT INTO annotations (id, document_id, revision_id, color, start_offset, end_offset, exact, prefix, suffix,
           paragraph_label, author, created_at, updated_at, resolved_at, anchor_status)
         VALUES (@id, @documentId, @revisionId, @color, @start, @end, @exact, @prefix, @suffix,
           @paragraphLabel, @author, @createdAt, @updatedAt, @resolvedAt, @anchorStatus)
         ON CONFLICT (id) DO UPDATE SET revision_id = excluded.revision_id, color = excluded.color,
           start_offset = excluded.start_offset, end_offset = excluded.end_offset, exact = excluded.exact,
           prefix = excluded.prefix, suffix = excluded.suffix, paragraph_label = excluded.paragraph_label,
           author = excluded.author, updated_at = excluded.updated_at, resolved_at = excluded.resolved_at,
           anchor_status = excluded.anchor_status`,
      )
      .run(record)
  }

  /** Replace an annotation's tags with these names, creating tags that do not exist yet (matched case-insensitively). */
  setTags(annotationId: string, names: string[], now: string, newId: () => string): void {
    this.db.prepare(`DELETE FROM annotation_tags WHERE annotation_id = ?`).run(annotationId)
    for (const name of names) {
      const key = name.normalize('NFC').toLocaleLowerCase()
      let tag = this.db.prepare(`SELECT id FROM tags WHERE name_key = ?`).get(key) as { id: string } | undefined
      if (!tag) {
        tag = { id: newId() }
        this.db
          .prepare(`INSERT INTO tags (id, name, name_key, color, created_at) VALUES (?, ?, ?, NULL, ?)`)
          .run(tag.id, name.normalize('NFC'), key, now)
      }
      this.db
        .prepare(`INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)`)
        .run(annotationId, tag.id)
    }
  }

  /** Insert a comment or overwrite the stored one with the same id. */
  upsertComment(record: CommentRecord): void {
    this.db
      .prepare(
        `INSERT INTO comments (id, annotation_id, parent_id, author, body, created_at, updated_at)
         VALUES (@id, @annotationId, @parentId, @author, @body, @createdAt, @updatedAt)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body, author = excluded.author,
           updated_at = excluded.updated_at`,
      )
      .run(record)
  }
}
