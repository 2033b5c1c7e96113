import type { SearchFacets, SearchFilters, SearchKind, TaggedPassage } from '../../common/api/searchApi'
import type { AnnotationColor, Tag } from '../../common/model/annotation'
import type { Statement } from 'better-sqlite3'
import type { Connection } from '../connection'
import { tagsByAnnotation, type TagLinkRow } from './tagRows'

/** One matching index entry, joined with what a result shows. */
export type SearchRow = {
  id: number
  field: 'title' | 'text' | 'annotation' | 'comment' | 'tag'
  documentId: string
  documentTitle: string
  body: string
  start: number
  end: number
  paragraphLabel: string | null
  annotationId: string | null
  color: AnnotationColor | null
  annotationAuthor: string | null
  commentId: string | null
  commentAuthor: string | null
  isReply: boolean
  rank: number
}

type RawSearchRow = {
  id: number
  kind: SearchRow['field']
  document_id: string
  document_title: string
  body: string
  start_offset: number
  end_offset: number
  paragraph_label: string | null
  annotation_id: string | null
  color: string | null
  annotation_author: string | null
  comment_id: string | null
  comment_author: string | null
  parent_id: string | null
  rank: number
}

const fieldsOfKind: Record<SearchKind, SearchRow['field'][]> = {
  text: ['title', 'text'],
  annotation: ['annotation', 'tag'],
  comment: ['comment'],
}

// An annotation without a stored paragraph label takes the label of the block it starts in.
const resultColumns = `
  e.id, e.kind, e.document_id, d.title AS document_title, e.body,
  coalesce(a.start_offset, e.start_offset) AS start_offset, coalesce(a.end_offset, e.end_offset) AS end_offset,
  CASE WHEN e.annotation_id IS NULL THEN e.paragraph_label ELSE coalesce(a.paragraph_label, (
    SELECT t.paragraph_label FROM search_entries t
    WHERE t.document_id = e.document_id AND t.kind = 'text' AND t.start_offset <= a.start_offset
    ORDER BY t.start_offset DESC LIMIT 1)) END AS paragraph_label,
  e.annotation_id, a.color, a.author AS annotation_author, e.comment_id, c.author AS comment_author, c.parent_id`

/** Searching the index and reading tag collections. All SQL of search queries lives here. */
export class SearchRepository {
  // Searches run on every keystroke; compiling the same statements each time would cost more than running them.
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

  /**
   * Up to `limit` entries matching an FTS5 expression (built by `toFtsQuery`, never user text) and the filters,
   * newest entry first; the walk stops at `limit`, and filters apply during it, so a narrow filter still fills up.
   * With `ranked`, each row carries its bm25 rank (lower is better). bm25 first counts every row holding each query
   * word across the whole index, which for common words costs far more than the search itself, so the caller asks
   * for it only once it knows the matches are few.
   */
  candidates(match: string, filters: SearchFilters, limit: number, ranked: boolean): SearchRow[] {
    const kinds = filters.kinds && filters.kinds.length > 0 ? filters.kinds : searchKindsAll
    const rows = this.prepare(
      // CROSS JOIN keeps the index as the outer loop, so rows stream in rowid order and the LIMIT stops the walk.
      `SELECT ${resultColumns}, ${ranked ? 'search_index.rank' : '0'} AS rank
         FROM search_index
         CROSS JOIN search_entries e ON e.id = search_index.rowid
         JOIN documents d ON d.id = e.document_id AND d.deleted_at IS NULL
         LEFT JOIN annotations a ON a.id = e.annotation_id
         LEFT JOIN comments c ON c.id = e.comment_id
         WHERE search_index MATCH @match
           AND (@documentId IS NULL OR e.document_id = @documentId)
           AND (@color IS NULL OR a.color = @color)
           AND (@author IS NULL OR coalesce(c.author, a.author) = @author)
           AND (@tagId IS NULL OR EXISTS (
             SELECT 1 FROM annotation_tags at WHERE at.annotation_id = e.annotation_id AND at.tag_id = @tagId))
           AND e.kind IN (SELECT value FROM json_each(@fields))
           AND NOT (e.kind = 'text' AND EXISTS (
             SELECT 1 FROM search_text_queue q WHERE q.document_id = e.document_id AND q.cleared = 0))
         ORDER BY search_index.rowid DESC
         LIMIT @limit`,
    ).all({
      match,
      limit,
      documentId: filters.documentId ?? null,
      tagId: filters.tagId ?? null,
      color: filters.color ?? null,
      author: filters.author ?? null,
      fields: JSON.stringify(kinds.flatMap((kind) => fieldsOfKind[kind])),
    }) as RawSearchRow[]
    return rows.map(toSearchRow)
  }

  /**
   * How many documents in the library (not in the trash) still have text waiting to be indexed. The rows of their
   * previous revision are hidden while they wait (they point at text the reader no longer shows).
   */
  pendingTextDocuments(): number {
    const row = this.prepare(
      `SELECT count(DISTINCT q.document_id) AS n FROM search_text_queue q
         JOIN documents d ON d.id = q.document_id AND d.deleted_at IS NULL`,
    ).get() as { n: number }
    return row.n
  }

  /** The tags of some annotations, by annotation id. */
  tagsOf(annotationIds: readonly string[]): Map<string, Tag[]> {
    const rows = this.prepare(
      `SELECT at.annotation_id, t.id, t.name, t.color FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
         WHERE at.annotation_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`,
    ).all(JSON.stringify(annotationIds)) as TagLinkRow[]
    return tagsByAnnotation(rows)
  }

  /** One tag, or null. */
  getTag(tagId: string): Tag | null {
    const row = this.prepare(`SELECT id, name, color FROM tags WHERE id = ?`).get(tagId) as Tag | undefined
    return row ?? null
  }

  /** Every passage with a tag, in documents ordered by title, passages in reading order, each with its thread. */
  taggedPassages(tagId: string): TaggedPassage[] {
    const rows = this.prepare(
      `SELECT a.id, a.document_id, d.title, a.start_offset, a.end_offset, a.exact, a.paragraph_label, a.color, a.author
         FROM annotation_tags at
         JOIN annotations a ON a.id = at.annotation_id
         JOIN documents d ON d.id = a.document_id AND d.deleted_at IS NULL
         WHERE at.tag_id = ?
         ORDER BY d.title COLLATE NOCASE, d.id, a.start_offset, a.end_offset`,
    ).all(tagId) as {
      id: string
      document_id: string
      title: string
      start_offset: number
      end_offset: number
      exact: string
      paragraph_label: string | null
      color: string
      author: string
    }[]
    const comments = this.prepare(
      `SELECT c.annotation_id, c.author, c.body, c.parent_id FROM comments c
         JOIN annotation_tags at ON at.annotation_id = c.annotation_id AND at.tag_id = ?
         ORDER BY c.created_at, c.id`,
    ).all(tagId) as { annotation_id: string; author: string; body: string; parent_id: string | null }[]
    return rows.map((row) => ({
      annotationId: row.id,
      documentId: row.document_id,
      documentTitle: row.title,
      start: row.start_offset,
      end: row.end_offset,
      quote: row.exact,
      paragraphLabel: row.paragraph_label,
      color: row.color as AnnotationColor,
      author: row.author,
      comments: comments
        .filter((comment) => comment.annotation_id === row.id)
        .map((comment) => ({ author: comment.author, body: comment.body, isReply: comment.parent_id !== null })),
    }))
  }

  /** Tags in use (with how many passages carry each), authors, colours in use and documents. */
  facets(): SearchFacets {
    const tags = this.prepare(
      `SELECT t.id, t.name, t.color, count(a.id) AS count FROM tags t
         JOIN annotation_tags at ON at.tag_id = t.id
         JOIN annotations a ON a.id = at.annotation_id
         JOIN documents d ON d.id = a.document_id AND d.deleted_at IS NULL
         GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
    ).all() as (Tag & { count: number })[]
    const authors = this.prepare(
      `SELECT author FROM annotations UNION SELECT author FROM comments ORDER BY 1 COLLATE NOCASE`,
    ).all() as { author: string }[]
    const colors = this.prepare(`SELECT DISTINCT color FROM annotations ORDER BY 1`).all() as { color: string }[]
    const documents = this.prepare(
      `SELECT id, title FROM documents WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE`,
    ).all() as { id: string; title: string }[]
    return {
      tags,
      authors: authors.map((row) => row.author).filter((author) => author !== ''),
      colors: colors.map((row) => row.color as AnnotationColor),
      documents,
    }
  }
}

const searchKindsAll: readonly SearchKind[] = ['text', 'annotation', 'comment']

function toSearchRow(row: RawSearchRow): SearchRow {
  return {
    id: row.id,
    field: row.kind,
    documentId: row.document_id,
    documentTitle: row.document_title,
    body: row.body,
    start: row.start_offset,
    end: row.end_offset,
    paragraphLabel: row.paragraph_label,
    annotationId: row.annotation_id,
    color: row.color as AnnotationColor | null,
    annotationAuthor: row.annotation_author,
    commentId: row.comment_id,
    commentAuthor: row.comment_author,
    isReply: row.parent_id !== null,
    rank: row.rank,
  }
}
