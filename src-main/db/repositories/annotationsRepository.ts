import type { AnchorStatus, Annotation, AnnotationColor, Comment, Tag } from '../../common/model/annotation'
import type { Connection } from '../connection'

type AnnotationRow = {
  id: string
  document_id: string
  revision_id: string
  color: string
  start_offset: number
  end_offset: number
  exact: string
  prefix: string
  suffix: string
  paragraph_label: string | null
  author: string
  created_at: string
  updated_at: string
  resolved_at: string | null
  anchor_status: string
}

type TagLinkRow = { annotation_id: string; id: string; name: string; color: string | null }

type CommentRow = {
  id: string
  annotation_id: string
  parent_id: string | null
  author: string
  body: string
  created_at: string
  updated_at: string
}

/** Annotations with their tags and comment threads. All SQL about annotations lives here. */
export class AnnotationsRepository {
  constructor(private readonly db: Connection) {}

  /** Every annotation of a document, in reading order, each with its tags and its thread (oldest first). */
  listForDocument(documentId: string): Annotation[] {
    const rows = this.db
      .prepare(`SELECT * FROM annotations WHERE document_id = ? ORDER BY start_offset, end_offset, created_at, id`)
      .all(documentId) as AnnotationRow[]
    const tags = this.db
      .prepare(
        `SELECT at.annotation_id, t.id, t.name, t.color
         FROM annotation_tags at JOIN tags t ON t.id = at.tag_id JOIN annotations a ON a.id = at.annotation_id
         WHERE a.document_id = ? ORDER BY t.name COLLATE NOCASE`,
      )
      .all(documentId) as TagLinkRow[]
    const comments = this.db
      .prepare(
        `SELECT c.* FROM comments c JOIN annotations a ON a.id = c.annotation_id
         WHERE a.document_id = ? ORDER BY c.created_at, c.id`,
      )
      .all(documentId) as CommentRow[]
    return assemble(rows, tags, comments)
  }

  /** One annotation, or null. */
  get(annotationId: string): Annotation | null {
    const row = this.db.prepare(`SELECT * FROM annotations WHERE id = ?`).get(annotationId) as AnnotationRow | undefined
    if (!row) return null
    const tags = this.db
      .prepare(
        `SELECT at.annotation_id, t.id, t.name, t.color FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
         WHERE at.annotation_id = ? ORDER BY t.name COLLATE NOCASE`,
      )
      .all(annotationId) as TagLinkRow[]
    const comments = this.db
      .prepare(`SELECT * FROM comments WHERE annotation_id = ? ORDER BY created_at, id`)
      .all(annotationId) as CommentRow[]
    return assemble([row], tags, comments)[0] ?? null
  }
}

function assemble(rows: AnnotationRow[], tagRows: TagLinkRow[], commentRows: CommentRow[]): Annotation[] {
  const tagsByAnnotation = new Map<string, Tag[]>()
  for (const row of tagRows) {
    const list = tagsByAnnotation.get(row.annotation_id) ?? []
    list.push({ id: row.id, name: row.name, color: row.color })
    tagsByAnnotation.set(row.annotation_id, list)
  }
  const commentsByAnnotation = new Map<string, Comment[]>()
  for (const row of commentRows) {
    const list = commentsByAnnotation.get(row.annotation_id) ?? []
    list.push({
      id: row.id,
      annotationId: row.annotation_id,
      parentId: row.parent_id,
      author: row.author,
      body: row.body,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })
    commentsByAnnotation.set(row.annotation_id, list)
  }
  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    revisionId: row.revision_id,
    color: row.color as AnnotationColor,
    target: { start: row.start_offset, end: row.end_offset, exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    paragraphLabel: row.paragraph_label,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    resolvedAt: row.resolved_at,
    anchorStatus: row.anchor_status as AnchorStatus,
    tags: tagsByAnnotation.get(row.id) ?? [],
    comments: commentsByAnnotation.get(row.id) ?? [],
  }))
}
