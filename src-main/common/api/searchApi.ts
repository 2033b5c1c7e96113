import { z } from 'zod'
import { annotationColors, type AnnotationColor, type Tag } from '../model/annotation'
import type { Snippet } from '../search/highlight'
import type { ArgSchemas } from './callMap'

/** What a result is: passage text of a document (or its title), an annotation (its quote or one of its tags), a comment or reply. */
export const searchKinds = ['text', 'annotation', 'comment'] as const
export type SearchKind = (typeof searchKinds)[number]

/** Narrow a search; every filter is optional and they combine with AND. */
export type SearchFilters = {
  documentId?: string
  tagId?: string
  color?: AnnotationColor
  author?: string
  kinds?: SearchKind[]
}

export type SearchRequest = {
  text: string
  /** When true, marks typed in the query must match exactly ("hợp" does not find "hop"). */
  matchDiacritics?: boolean
  filters?: SearchFilters
}

/** One place a query matched. `start`/`end` are canonical offsets to reveal in the reader. */
export type SearchHit = {
  kind: SearchKind
  /** What matched: 'title', 'text', 'annotation' (quote), 'tag', 'comment' (or a reply). */
  field: 'title' | 'text' | 'annotation' | 'tag' | 'comment'
  start: number
  end: number
  /** The citable number of the paragraph ("9", "12(b)", "Điều 3"), when there is one. */
  paragraphLabel: string | null
  snippet: Snippet
  annotation: { id: string; color: AnnotationColor; author: string; tags: Tag[] } | null
  comment: { id: string; author: string; isReply: boolean } | null
}

/** The hits of one document, best first. */
export type SearchGroup = { documentId: string; title: string; hits: SearchHit[]; hitCount: number }

/** The answer to a search. A query with nothing to look for gets a status saying why, never an error. */
export type SearchResponse = {
  status: 'ok' | 'empty' | 'onlyExclusions'
  groups: SearchGroup[]
  /**
   * 'relevance': every match was ranked (bm25). 'newest': so many matched that the newest are listed unranked, at
   * once, rather than ranking them all; more words or a filter bring ranking back.
   */
  ranking: 'relevance' | 'newest'
  /** True when more matched than are listed. */
  truncated: boolean
  /**
   * Documents whose text is still being indexed after their import (a long text is indexed in the background):
   * their paragraphs may be missing from the results until it finishes. Titles, highlights and comments are found.
   */
  pendingDocuments: number
}

/** One tagged passage in a tag collection. */
export type TaggedPassage = {
  annotationId: string
  documentId: string
  documentTitle: string
  start: number
  end: number
  quote: string
  paragraphLabel: string | null
  color: AnnotationColor
  author: string
  comments: { author: string; body: string; isReply: boolean }[]
}

/** Every passage with one tag across the library, in document order. */
export type TagCollection = { tag: Tag; passages: TaggedPassage[] }

/** What the filters can offer: tags in use, authors, colours, documents. */
export type SearchFacets = {
  tags: (Tag & { count: number })[]
  authors: string[]
  colors: AnnotationColor[]
  documents: { id: string; title: string }[]
}

export type SearchApi = {
  /** Search the whole library; results grouped by document, best first. */
  'search.query': (request: SearchRequest) => SearchResponse
  /** Every passage tagged with `tagId`, across all documents. */
  'search.tagCollection': (tagId: string) => TagCollection
  /** Values the search filters can take. */
  'search.listFacets': () => SearchFacets
  /** Rebuild the index from the data (it is normally kept in step by itself). */
  'search.rebuildIndex': () => void
}

const id = z.string().uuid()

export const searchArgs: ArgSchemas<SearchApi> = {
  'search.query': z.tuple([
    z
      .object({
        // Long input is accepted and cut by the parser, so pasting a paragraph gives results, not an error.
        text: z.string().max(100_000),
        matchDiacritics: z.boolean().optional(),
        filters: z
          .object({
            documentId: id.optional(),
            tagId: id.optional(),
            color: z.enum(annotationColors).optional(),
            author: z.string().max(200).optional(),
            kinds: z.array(z.enum(searchKinds)).max(3).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
  ]),
  'search.tagCollection': z.tuple([id]),
  'search.listFacets': z.tuple([]),
  'search.rebuildIndex': z.tuple([]),
}

export type SearchEvents = {
  /** The search index was rebuilt (by request, or by itself after damage). */
  'search.didRebuildIndex': { reason: 'requested' | 'missing' | 'damaged' }
  /** The text of a document has been indexed in full (after a long import, a draft or an undo): search finds all of it. */
  'search.didIndexText': { documentId: string }
}
