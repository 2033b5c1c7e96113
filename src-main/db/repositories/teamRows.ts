import type { AnnotationRow } from './annotationsRepository'

/** A shared annotation as stored (private ones are never read here): the `annotations` row a colleague receives. */
export type SharedAnnotationRow = Pick<
  AnnotationRow,
  | 'id'
  | 'revision_id'
  | 'color'
  | 'start_offset'
  | 'end_offset'
  | 'exact'
  | 'prefix'
  | 'suffix'
  | 'paragraph_label'
  | 'author'
  | 'created_at'
  | 'updated_at'
  | 'resolved_at'
> & { author_id: string | null }

/** A comment or reply on a shared annotation. */
export type SharedCommentRow = {
  id: string
  annotation_id: string
  parent_id: string | null
  author: string
  author_id: string | null
  body: string
  created_at: string
  updated_at: string
}

/** A tag on a shared annotation. */
export type SharedTagRow = { annotation_id: string; name: string; name_key: string }

/** A draft of a document. */
export type DraftRow = { id: string; number: number; blocks: string; text: string; content_hash: string }

/** One stored leaf of a shared record's revision tree. */
export type LeafRow = {
  record_id: string
  rev: string
  deleted: number
  history: string
  body: string | null
  winner: number
}
