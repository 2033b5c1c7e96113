import type { Statement } from 'better-sqlite3'
import type { AnchorStatus, Annotation, AnnotationColor, Comment, Tag, TextTarget } from '../../common/model/annotation'
import type { CarryOver } from '../../common/model/draft'
import type { Connection } from '../connection'
import { toComment, type CommentRow } from './commentRows'
import { placementRecord, type PlacementRow } from './placementRows'
import { tagsByAnnotation, toTag, type TagLinkRow, type TagRow } from './tagRows'

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
  private readonly statements = new Map<string, Statement>()

  constructor(private readonly db: Connection) {}

  /** A prepared statement, compiled once: the panel lists the same document again after every change. */
  private statement(sql: string): Statement {
    let statement = this.statements.get(sql)
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)))
    return statement
  }

  /**
   * Every annotation of a document, in reading order, each with its tags and its thread (oldest first). The same
   * six queries whatever the count: annotation rows are read as arrays (`raw`), which better-sqlite3 builds in about
   * half the time of keyed rows, and every statement is compiled once per repository.
   */
  listForDocument(documentId: string): Annotation[] {
    const rows = this.statement(listRows).raw(true).all(documentId) as AnnotationColumns[]
    const comments = this.statement(listComments).all(documentId) as CommentRow[]
    const placements = this.statement(listPlacements).all(documentId) as PlacementRow[]
    const arrivals = this.statement(listArrivals).raw(true).all(documentId) as [string, string][]
    const tags = this.tagsOfDocument(documentId)
    return assemble(rows, tags, comments, carryOvers(placements), new Map(arrivals), documentId)
  }

  /**
   * Each annotation's tags, in name order: the links as (annotation, tag) id pairs, each tag mapped once and the
   * same Tag shared by every annotation carrying it (5,000 annotations link a handful of tags thousands of times).
   * The links are read unsorted: the library's tags come in name order once, and only an annotation with several
   * tags has its few sorted by that order (sorting every link in SQL cost more than reading them).
   */
  private tagsOfDocument(documentId: string): Map<string, Tag[]> {
    const rank = new Map<string, number>()
    const tags = new Map<string, Tag>()
    for (const row of this.statement(allTagsByName).all() as TagRow[]) {
      rank.set(row.id, rank.size)
      tags.set(row.id, toTag(row))
    }
    const byAnnotation = new Map<string, Tag[]>()
    let several = false
    for (const [annotationId, tagId] of this.statement(listTagLinks).raw(true).all(documentId) as string[][]) {
      const tag = tags.get(tagId!)
      if (!tag) continue
      const list = byAnnotation.get(annotationId!)
      if (list) {
        list.push(tag)
        several = true
      } else byAnnotation.set(annotationId!, [tag])
    }
    if (several) {
      for (const list of byAnnotation.values()) {
        if (list.length > 1) list.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
      }
    }
    return byAnnotation
  }

  /** One annotation, or null. */
  get(annotationId: string): Annotation | null {
    const row = this.statement(oneRow).raw(true).get(annotationId) as AnnotationColumns | undefined
    if (!row) return null
    const tags = this.statement(oneTags).all(annotationId) as TagLinkRow[]
    const comments = this.statement(oneComments).all(annotationId) as CommentRow[]
    const placements = this.statement(onePlacements).all(annotationId, row[2]) as PlacementRow[]
    const arrivals = this.statement(oneArrival).raw(true).all(annotationId) as [string, string][]
    return assemble([row], tagsByAnnotation(tags), comments, carryOvers(placements), new Map(arrivals))[0] ?? null
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

  /**
   * Store a new annotation row (tags and comments are stored separately). Keeps the given id, author id and privacy:
   * undo puts a colleague's annotation back as theirs, and a private one stays off the team's files.
   */
  insert(annotation: Omit<Annotation, 'tags' | 'comments'>): void {
    const { target } = annotation
    this.db
      .prepare(
        `INSERT INTO annotations (id, document_id, revision_id, color, start_offset, end_offset, exact, prefix, suffix,
           paragraph_label, author, author_id, private, created_at, updated_at, resolved_at, anchor_status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        annotation.authorId ?? null,
        annotation.private ? 1 : 0,
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

/** The columns `listRows` and `oneRow` read, in this order (rows are read as arrays). */
type AnnotationColumns = [
  id: string,
  /** Null in `listRows`, which knows the document. */
  documentId: string | null,
  revisionId: string,
  color: string,
  start: number,
  end: number,
  exact: string,
  prefix: string,
  suffix: string,
  paragraphLabel: string | null,
  author: string,
  createdAt: string,
  updatedAt: string,
  resolvedAt: string | null,
  anchorStatus: string,
  isPrivate: number,
  authorId: string | null,
]

const columns = `a.id, a.document_id, a.revision_id, a.color, a.start_offset, a.end_offset, a.exact, a.prefix,
  a.suffix, a.paragraph_label, a.author, a.created_at, a.updated_at, a.resolved_at, a.anchor_status, a.private,
  a.author_id`
// The document's id is the one asked for: read as NULL (no string built per row) and filled in by `assemble`.
const listRows = `SELECT ${columns.replace('a.document_id', 'NULL')} FROM annotations a WHERE a.document_id = ?
  ORDER BY a.start_offset, a.end_offset, a.created_at, a.id`
const allTagsByName = `SELECT id, name, color FROM tags ORDER BY name COLLATE NOCASE`
const listTagLinks = `SELECT at.annotation_id, at.tag_id
  FROM annotations a JOIN annotation_tags at ON at.annotation_id = a.id WHERE a.document_id = ?`
const listComments = `SELECT c.* FROM comments c JOIN annotations a ON a.id = c.annotation_id
  WHERE a.document_id = ? ORDER BY c.created_at, c.id`
const listPlacements = `SELECT p.* FROM annotation_placements p JOIN annotations a
    ON a.id = p.annotation_id AND a.revision_id = p.revision_id
  WHERE a.document_id = ? AND p.class IS NOT NULL`
const listArrivals = `SELECT annotation_id, arrived_at FROM team_arrivals WHERE document_id = ?`
const oneRow = `SELECT ${columns} FROM annotations a WHERE a.id = ?`
const oneTags = `SELECT at.annotation_id, t.id, t.name, t.color FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
  WHERE at.annotation_id = ? ORDER BY t.name COLLATE NOCASE`
const oneComments = `SELECT * FROM comments WHERE annotation_id = ? ORDER BY created_at, id`
const onePlacements = `SELECT * FROM annotation_placements WHERE annotation_id = ? AND revision_id = ?
  AND class IS NOT NULL`
const oneArrival = `SELECT annotation_id, arrived_at FROM team_arrivals WHERE annotation_id = ?`

/**
 * The annotations of `rows`, each with its tags, thread, carry-over and arrival from a colleague; `documentId` when
 * every row is of that document (their document column is then not read).
 */
function assemble(
  rows: readonly AnnotationColumns[],
  tags: ReadonlyMap<string, Tag[]>,
  commentRows: readonly CommentRow[],
  carried: ReadonlyMap<string, CarryOver>,
  arrivals: ReadonlyMap<string, string>,
  documentId?: string,
): Annotation[] {
  const commentsByAnnotation = new Map<string, Comment[]>()
  for (const row of commentRows) {
    const list = commentsByAnnotation.get(row.annotation_id)
    if (list) list.push(toComment(row))
    else commentsByAnnotation.set(row.annotation_id, [toComment(row)])
  }
  const annotations: Annotation[] = new Array(rows.length)
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!
    const id = row[0]
    const annotation: Annotation = {
      id,
      documentId: documentId ?? row[1]!,
      revisionId: row[2],
      color: row[3] as AnnotationColor,
      target: { start: row[4], end: row[5], exact: row[6], prefix: row[7], suffix: row[8] },
      paragraphLabel: row[9],
      carryOver: carried.get(id) ?? null,
      author: row[10],
      createdAt: row[11],
      updatedAt: row[12],
      resolvedAt: row[13],
      anchorStatus: row[14] as AnchorStatus,
      tags: tags.get(id) ?? [],
      comments: commentsByAnnotation.get(id) ?? [],
    }
    if (row[15] === 1) annotation.private = true
    if (row[16]) annotation.authorId = row[16]
    const arrivedAt = arrivals.get(id)
    if (arrivedAt) annotation.arrivedAt = arrivedAt
    annotations[index] = annotation
  }
  return annotations
}
