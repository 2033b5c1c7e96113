import type { AppNotice } from '../common/api/appApi'
import { AppError } from '../common/api/appError'
import type {
  SearchFacets,
  SearchHit,
  SearchKind,
  SearchRequest,
  SearchResponse,
  TagCollection,
} from '../common/api/searchApi'
import type { Tag } from '../common/model/annotation'
import { toFtsQuery } from '../common/search/ftsQuery'
import { findMatches, makeSnippet } from '../common/search/highlight'
import { parseQuery, type ParsedQuery } from '../common/search/parseQuery'
import { isDamagedDatabaseError } from '../db/connection'
import type { SearchIndexRepository } from '../db/repositories/searchIndexRepository'
import type { SearchRepository, SearchRow } from '../db/repositories/searchRepository'
import type { EventBus } from './eventBus'
import type { Transaction } from './transaction'

/** Most matches read for one search (newest first), then ranked; more than this and the answer says it is partial. */
const candidateLimit = 300
/**
 * A title match ranks as if it were this many times more relevant than a paragraph match; a comment, quote or tag
 * the user wrote as if it were as relevant as a title, so notes rank among the text hits, not behind them.
 */
const titleWeight = 2
const noteWeight = 2
const fieldWeight: Record<SearchRow['field'], number> = {
  title: titleWeight,
  text: 1,
  annotation: noteWeight,
  tag: noteWeight,
  comment: noteWeight,
}

const kindOfField: Record<SearchRow['field'], SearchKind> = {
  title: 'text',
  text: 'text',
  annotation: 'annotation',
  tag: 'annotation',
  comment: 'comment',
}

/** Search across the library, tag collections, and the upkeep of the search index. */
export class SearchService {
  constructor(
    private readonly search: SearchRepository,
    private readonly index: SearchIndexRepository,
    private readonly events: EventBus,
    private readonly transaction: Transaction,
  ) {}

  /** Run a query; malformed input gets a status (`empty`, `onlyExclusions`), never an error. */
  query(request: SearchRequest): SearchResponse {
    const parsed = parseQuery(request.text, request.matchDiacritics ? 'exact' : 'loose')
    const pendingDocuments = this.search.pendingTextDocuments()
    if (parsed.status !== 'ok') {
      return { status: parsed.status, groups: [], ranking: 'relevance', truncated: false, pendingDocuments }
    }
    const match = toFtsQuery(parsed)
    const filters = request.filters ?? {}
    // Few matches: rank them all by bm25. Many: answer at once with the newest, and say the list is partial.
    const unranked = this.withRepair(() => this.search.candidates(match, filters, candidateLimit + 1, false))
    const allRanked = unranked.length <= candidateLimit
    const rows = allRanked
      ? this.search.candidates(match, filters, candidateLimit, true)
      : unranked.slice(0, candidateLimit)
    // bm25 is negative (lower is better); a title counts more than one paragraph mentioning the words. Unranked rows
    // (rank 0) keep their newest-first order, with titles, highlights and comments ahead of plain text.
    const score = (row: SearchRow) => (allRanked ? row.rank * fieldWeight[row.field] : row.field === 'text' ? 1 : 0)
    const ranked = [...rows].sort((a, b) => score(a) - score(b))
    const groups = new Map<string, { documentId: string; title: string; rows: SearchRow[] }>()
    for (const row of ranked) {
      const group = groups.get(row.documentId) ?? { documentId: row.documentId, title: row.documentTitle, rows: [] }
      group.rows.push(row)
      groups.set(row.documentId, group)
    }
    // Every match read is listed (the results page them): a count always matches what the user can reach.
    const listed = [...groups.values()]
    const shownRows = listed.flatMap((group) => group.rows)
    const tags = this.search.tagsOf([
      ...new Set(shownRows.flatMap((row) => (row.annotationId ? [row.annotationId] : []))),
    ])
    return {
      status: 'ok',
      groups: listed.map((group) => ({
        documentId: group.documentId,
        title: group.title,
        hitCount: group.rows.length,
        hits: group.rows.map((row) => toHit(row, parsed, tags)),
      })),
      ranking: allRanked ? 'relevance' : 'newest',
      truncated: !allRanked,
      pendingDocuments,
    }
  }

  /** Every passage carrying a tag, across all documents. */
  tagCollection(tagId: string): TagCollection {
    const tag = this.search.getTag(tagId)
    if (!tag) throw new AppError('search.tagNotFound', 'This tag no longer exists.', { tagId })
    return { tag, passages: this.search.taggedPassages(tagId) }
  }

  facets(): SearchFacets {
    return this.search.facets()
  }

  /** Rebuild the index from the data, on request. */
  rebuildIndex(): void {
    this.rebuildInTransaction()
    this.events.emit('search.didRebuildIndex', { reason: 'requested' })
  }

  /**
   * At start: rebuild the index when it is missing or damaged, and return the notice telling the user so (search
   * works again at once; nothing of theirs was lost, the index holds only copies).
   */
  ensureIndex(): AppNotice | null {
    const health = this.index.health()
    if (health === 'ok') return null
    this.rebuildInTransaction()
    return { code: 'search.indexRebuilt', params: { reason: health } }
  }

  /** Run a read; if SQLite reports the index damaged, rebuild it, tell the user, and try once more. */
  private withRepair<T>(read: () => T): T {
    try {
      return read()
    } catch (error) {
      if (!isDamagedDatabaseError(error) || this.index.passesIntegrityCheck()) throw error
      this.rebuildInTransaction()
      this.events.emit('app.didRaiseNotice', { code: 'search.indexRebuilt', params: { reason: 'damaged' } })
      this.events.emit('search.didRebuildIndex', { reason: 'damaged' })
      return read()
    }
  }

  /** Rebuild the index whole or not at all, holding the write lock from the start. */
  private rebuildInTransaction(): void {
    this.transaction(() => this.index.rebuild(), { immediate: true })
  }
}

function toHit(row: SearchRow, query: Extract<ParsedQuery, { status: 'ok' }>, tags: Map<string, Tag[]>): SearchHit {
  const matches = findMatches(row.body, query.groups.flat(), query.mode)
  const first = matches[0]
  let start = row.start
  let end = row.end
  if (row.field === 'text' && first) {
    start = row.start + first.start
    end = row.start + first.end
  }
  if (row.field === 'title') start = end = 0
  return {
    kind: kindOfField[row.field],
    field: row.field,
    start,
    end,
    paragraphLabel: row.paragraphLabel,
    snippet: makeSnippet(row.body, matches),
    annotation:
      row.annotationId && row.color
        ? {
            id: row.annotationId,
            color: row.color,
            author: row.annotationAuthor ?? '',
            tags: tags.get(row.annotationId) ?? [],
          }
        : null,
    comment: row.commentId ? { id: row.commentId, author: row.commentAuthor ?? '', isReply: row.isReply } : null,
  }
}
