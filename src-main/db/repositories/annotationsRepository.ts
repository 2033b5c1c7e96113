import type { AnchorStatus, Annotation, AnnotationColor, Comment, TextTarget } from '../../common/model/annotation'
import type { CarryOver } from '../../common/model/draft'
import type { Connection } from '../connection'
import { toComment, type CommentRow } from './commentRows'
import { placementRecord, type PlacementRow } from './placementRows'
import { tagsByAnnotation, type TagLinkRow } from './tagRows'

/** An `annotations` row as SQLite returns it. */
export type AnnotationRow = {
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
  private?: number
  author_id?: string | null
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
    const placements = this.db
      .prepare(
        `SELECT p.* FROM annotation_placements p JOIN annotations a
           ON a.id = p.annotation_id AND a.revision_id = p.revision_id
         WHERE a.document_id = ? AND p.class IS NOT NULL`,
      )
      .all(documentId) as PlacementRow[]
    return assemble(rows, tags, comments, carryOvers(placements))
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
    const placements = this.db
      .prepare(`SELECT * FROM annotation_placements WHERE annotation_id = ? AND revision_id = ? AND class IS NOT NULL`)
      .all(annotationId, row.revision_id) as PlacementRow[]
    return assemble([row], tags, comments, carryOvers(placements))[0] ?? null
  }

  /**
   * The user placed an annotation by hand in the draft it is on: if an import carried it there, its placement there
   * becomes theirs (see CarryOver.reattached): `moved` when the chosen text is the old passage, `reworded` otherwise,
   * with confidence 1 and no candidates. An annotation made on this draft has no such row and is left alone.
   */
  markReattached(annotationId: string, revisionId: string, target: TextTarget, paragraphLabel: string | null): void {
    this.db
      .prepare(
        `UPDATE annotation_placements SET start_offset = ?, end_offset = ?, exact = ?, prefix = ?, suffix = ?,
           paragraph_label = ?, anchor_status = 'anchored',
           class = CASE WHEN previous_exact = ? THEN 'moved' ELSE 'reworded' END,
           confidence = 1, candidates = '[]', reattached = 1
         WHERE annotation_id = ? AND revision_id = ? AND class IS NOT NULL`,
      )
      .run(
        target.start,
        target.end,
        target.exact,
        target.prefix,
        target.suffix,
        paragraphLabel,
        target.exact,
        annotationId,
        revisionId,
      )
  }

  /** Store a new annotation row (tags and comments are stored separately). Keeps the given id (restore uses it). */
  insert(annotation: Omit<Annotation, 'tags' | 'comments'>): void {
    const { target } = annotation
    this.db
      .prepare(
        `INSERT INTO annotations (id, document_id, revision_id, color, start_offset, end_offset, exact, prefix, suffix,
           paragraph_label, author, created_at, updated_at, resolved_at, anchor_status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        annotation.id,
        annotation.documentId,
        annotation.revisionId,
        annotation.color,
        target.start,
        target.end,
        target.exact,
        target.prefix,
        target.suffix,
        annotation.paragraphLabel,
        annotation.author,
        annotation.createdAt,
        annotation.updatedAt,
        annotation.resolvedAt,
        annotation.anchorStatus,
      )
  }

  /** Change the colour. */
  updateColor(annotationId: string, color: AnnotationColor, updatedAt: string): void {
    this.db.prepare(`UPDATE annotations SET color = ?, updated_at = ? WHERE id = ?`).run(color, updatedAt, annotationId)
  }

  /** Set or clear the resolved time of the thread. */
  updateResolved(annotationId: string, resolvedAt: string | null, updatedAt: string): void {
    this.db
      .prepare(`UPDATE annotations SET resolved_at = ?, updated_at = ? WHERE id = ?`)
      .run(resolvedAt, updatedAt, annotationId)
  }

  /** Mark the annotation as changed now (its tags or thread changed). */
  touch(annotationId: string, updatedAt: string): void {
    this.db.prepare(`UPDATE annotations SET updated_at = ? WHERE id = ?`).run(updatedAt, annotationId)
  }

  /** Store where the annotation was found (or not) in a revision, with its refreshed quote and paragraph label. */
  updateAnchor(
    annotationId: string,
    anchor: { revisionId: string; target: TextTarget; paragraphLabel: string | null; status: AnchorStatus },
  ): void {
    const { target } = anchor
    this.db
      .prepare(
        `UPDATE annotations SET revision_id = ?, start_offset = ?, end_offset = ?, exact = ?, prefix = ?, suffix = ?,
           paragraph_label = ?, anchor_status = ? WHERE id = ?`,
      )
      .run(
        anchor.revisionId,
        target.start,
        target.end,
        target.exact,
        target.prefix,
        target.suffix,
        anchor.paragraphLabel,
        anchor.status,
        annotationId,
      )
  }

  /** Delete an annotation with its tag links and thread. */
  delete(annotationId: string): void {
    this.db.prepare(`DELETE FROM annotations WHERE id = ?`).run(annotationId)
  }

  /** Replace the annotation's tags with `tagIds`. */
  replaceTags(annotationId: string, tagIds: readonly string[]): void {
    this.db.prepare(`DELETE FROM annotation_tags WHERE annotation_id = ?`).run(annotationId)
    const link = this.db.prepare(`INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)`)
    for (const tagId of tagIds) link.run(annotationId, tagId)
  }

  /** Ids of the annotations carrying a tag, with their documents (to announce changes). */
  withTag(tagId: string): { id: string; documentId: string }[] {
    return this.db
      .prepare(
        `SELECT a.id, a.document_id AS documentId FROM annotations a
         JOIN annotation_tags at ON at.annotation_id = a.id WHERE at.tag_id = ?`,
      )
      .all(tagId) as { id: string; documentId: string }[]
  }
}

/** The carry-over of each annotation in its current draft (rows of that draft only), by annotation id. */
function carryOvers(rows: PlacementRow[]): Map<string, CarryOver> {
  const found = new Map<string, CarryOver>()
  for (const row of rows) {
    const carryOver = placementRecord(row).carryOver
    if (carryOver) found.set(row.annotation_id, carryOver)
  }
  return found
}

function assemble(
  rows: AnnotationRow[],
  tagRows: TagLinkRow[],
  commentRows: CommentRow[],
  carried: Map<string, CarryOver> = new Map(),
): Annotation[] {
  const tags = tagsByAnnotation(tagRows)
  const commentsByAnnotation = new Map<string, Comment[]>()
  for (const row of commentRows) {
    const list = commentsByAnnotation.get(row.annotation_id) ?? []
    list.push(toComment(row))
    commentsByAnnotation.set(row.annotation_id, list)
  }
  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    revisionId: row.revision_id,
    color: row.color as AnnotationColor,
    target: { start: row.start_offset, end: row.end_offset, exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    paragraphLabel: row.paragraph_label,
    carryOver: carried.get(row.id) ?? null,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    resolvedAt: row.resolved_at,
    anchorStatus: row.anchor_status as AnchorStatus,
    tags: tags.get(row.id) ?? [],
    comments: commentsByAnnotation.get(row.id) ?? [],
    ...(row.private === 1 ? { private: true } : {}),
    ...(row.author_id ? { authorId: row.author_id } : {}),
  }))
}
