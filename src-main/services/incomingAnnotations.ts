import type { ImportWarning } from '../common/api/documentsApi'
import { targetAt } from '../common/anchoring/describe'
import { paragraphLabelAt } from '../common/anchoring/paragraphLabel'
import type { Block } from '../common/model/document'
import { newId } from '../common/model/ids'
import type { IncomingAnnotation } from '../common/model/incomingAnnotation'
import { blockStartOffsets } from '../common/text/canonicalText'
import type { AnnotationsRepository } from '../db/repositories/annotationsRepository'
import type { CommentsRepository } from '../db/repositories/commentsRepository'

/** The revision incoming annotations are stored on. */
export type IncomingTarget = { documentId: string; revisionId: string; blocks: Block[]; text: string }

/**
 * Stores the annotations a file brought with it (Word comments, PDF markup) on the revision just imported, with
 * their authors, dates, threads and resolved state as the file had them. Runs inside the import's transaction, so a
 * refused import leaves none of them behind. One that could not be placed is stored orphaned, with its text, where
 * Needs attention lists it.
 */
export class IncomingAnnotationsWriter {
  constructor(
    private readonly annotations: AnnotationsRepository,
    private readonly comments: CommentsRepository,
  ) {}

  /** Store every incoming annotation on `target`; `now` dates those the file left undated. */
  store(target: IncomingTarget, incoming: readonly IncomingAnnotation[], now: string): void {
    const starts = blockStartOffsets(target.blocks)
    for (const annotation of incoming) {
      const id = newId()
      const createdAt = annotation.createdAt ?? now
      const span = placedSpan(annotation, target.text)
      const lastDate = annotation.comments.reduce((latest, comment) => {
        const date = comment.createdAt ?? createdAt
        return date > latest ? date : latest
      }, createdAt)
      this.annotations.insert({
        id,
        documentId: target.documentId,
        revisionId: target.revisionId,
        color: annotation.color,
        target: span
          ? targetAt(target.text, span.start, span.end)
          : { start: 0, end: 0, exact: annotation.quote, prefix: '', suffix: '' },
        paragraphLabel: span ? paragraphLabelAt(target.blocks, starts, span.start) : null,
        author: annotation.author,
        createdAt,
        updatedAt: lastDate,
        resolvedAt: annotation.resolved ? lastDate : null,
        anchorStatus: span ? 'anchored' : 'orphaned',
        carryOver: null,
      })
      const ids = annotation.comments.map(() => newId())
      annotation.comments.forEach((comment, index) => {
        const date = comment.createdAt ?? createdAt
        this.comments.insert({
          id: ids[index]!,
          annotationId: id,
          parentId: comment.parent === null ? null : (ids[comment.parent] ?? null),
          author: comment.author,
          body: comment.body,
          createdAt: date,
          updatedAt: date,
        })
      })
    }
  }
}

/** The report line naming the annotations that could not be placed (their text, or their comment). */
export function unplacedWarning(incoming: readonly IncomingAnnotation[]): ImportWarning | null {
  const unplaced = incoming.filter((annotation) => annotation.span === null)
  if (unplaced.length === 0) return null
  const names = unplaced.slice(0, 10).map((annotation) => {
    const text = (annotation.quote || annotation.comments[0]?.body || '').replace(/\s+/g, ' ').trim()
    return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`
  })
  const more = unplaced.length > names.length ? ` (+${unplaced.length - names.length})` : ''
  return { code: 'import.annotationsUnplaced', params: { count: unplaced.length, list: names.join(', ') + more } }
}

/** The annotation's span if it lies inside the text and covers something; null otherwise (stored as an orphan). */
function placedSpan(annotation: IncomingAnnotation, text: string): { start: number; end: number } | null {
  const span = annotation.span
  if (!span) return null
  const start = Math.max(0, Math.min(span.start, text.length))
  const end = Math.max(start, Math.min(span.end, text.length))
  return end > start ? { start, end } : null
}
