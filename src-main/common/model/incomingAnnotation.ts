import type { AnnotationColor } from './annotation'

/** One comment of an incoming thread. `parent` is the index in the thread of the comment it answers (null: none). */
export type IncomingComment = {
  author: string
  /** Plain text; paragraphs separated by '\n'. */
  body: string
  /** ISO 8601, or null when the file gave no date. */
  createdAt: string | null
  parent: number | null
}

/**
 * An annotation that arrived inside an imported file: a Word comment thread, a PDF highlight or note. Importers
 * produce these beside the blocks; the library stores them with the document, in the same transaction.
 */
export type IncomingAnnotation = {
  /** Where it sits in the canonical text of the imported blocks; null when it could not be placed (an orphan). */
  span: { start: number; end: number } | null
  /** The text it covered in the source, kept for an orphan (may be empty when the source did not say). */
  quote: string
  color: AnnotationColor
  author: string
  createdAt: string | null
  resolved: boolean
  /** The main comment first, then replies; may be empty (a bare highlight). */
  comments: IncomingComment[]
}

/** What the import preview says about incoming annotations. */
export type IncomingSummary = {
  annotations: number
  /** Comments and replies together. */
  comments: number
  /** Distinct authors of annotations and comments. */
  people: number
  /** How many could not be placed in the text and come in as orphans. */
  unplaced: number
  /** Tracked changes (Word insertions and deletions) accepted into the text. */
  trackedChanges: number
}

/** Count what a file brings in, for the preview. */
export function summarizeIncoming(incoming: readonly IncomingAnnotation[], trackedChanges: number): IncomingSummary {
  const people = new Set<string>()
  let comments = 0
  for (const annotation of incoming) {
    if (annotation.author) people.add(annotation.author)
    for (const comment of annotation.comments) {
      comments += 1
      if (comment.author) people.add(comment.author)
    }
  }
  return {
    annotations: incoming.length,
    comments,
    people: people.size,
    unplaced: incoming.filter((annotation) => annotation.span === null).length,
    trackedChanges,
  }
}
