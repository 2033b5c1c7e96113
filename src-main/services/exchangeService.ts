import { AppError } from '../common/api/appError'
import type { ExchangeImportReport } from '../common/api/exportApi'
import { newId, nowIso } from '../common/model/ids'
import type { AnnotationExchangeRepository } from '../db/repositories/annotationExchangeRepository'
import type { DocumentsRepository } from '../db/repositories/documentsRepository'
import type { RevisionsRepository } from '../db/repositories/revisionsRepository'
import { locateQuote } from '../exchange/locateQuote'
import { type IncomingAnnotation, parseW3c } from '../exchange/parseW3c'
import type { EventBus } from './eventBus'

const contextLength = 32

/** The citable number of the paragraph an offset is in ("9", "12(b)", "Điều 3"), when it has one. */
export function paragraphLabelAt(text: string, offset: number): string | null {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const head = text.slice(start, start + 24)
  return /^(\d+(?:\([a-zđ]\))?)[.)]\s/i.exec(head)?.[1] ?? /^(Điều\s+\d+)/.exec(head)?.[1] ?? null
}

/**
 * Merges W3C Web Annotation files into a document, by id: an annotation already here is replaced only when the
 * file's copy was modified later; one whose quote is not in the text is kept as "needs attention" (orphaned).
 */
export class ExchangeService {
  constructor(
    private readonly exchange: AnnotationExchangeRepository,
    private readonly documents: DocumentsRepository,
    private readonly revisions: RevisionsRepository,
    private readonly events: EventBus,
  ) {}

  importW3c(documentId: string, bytes: Uint8Array): ExchangeImportReport {
    const revision = this.documents.getSummary(documentId) ? this.revisions.current(documentId) : null
    if (!revision) throw new AppError('exchange.documentNotFound', 'The document is no longer in the library.')
    const now = nowIso()
    const { annotations, replies } = parseW3c(bytes, now)
    const report: ExchangeImportReport = { created: 0, updated: 0, unchanged: 0, orphaned: 0 }
    this.exchange.transaction(() => {
      for (const incoming of annotations) {
        const existing = this.exchange.annotationVersion(incoming.id)
        const newer = incoming.modified !== null && (!existing || existing.updatedAt < incoming.modified)
        if (existing && (existing.documentId !== documentId || !newer)) {
          report.unchanged++
        } else {
          const orphaned = this.writeAnnotation(incoming, documentId, revision.id, revision.text, now)
          report[existing ? 'updated' : 'created']++
          if (orphaned) report.orphaned++
        }
        if (incoming.comment && (!existing || existing.documentId === documentId)) {
          const stored = this.exchange.commentVersion(incoming.comment.id)
          if (!stored || (newer && stored.updatedAt < incoming.comment.modified)) {
            this.exchange.upsertComment({
              id: incoming.comment.id,
              annotationId: incoming.id,
              parentId: null,
              author: incoming.comment.author,
              body: incoming.comment.body,
              createdAt: incoming.comment.created,
              updatedAt: incoming.comment.modified,
            })
          }
        }
      }
      // Replies may answer other replies: place those whose parent is known, until no more can be placed.
      let waiting = replies
      while (waiting.length > 0) {
        const later = waiting.filter((reply) => !this.writeReply(reply))
        if (later.length === waiting.length) break
        waiting = later
      }
    })
    this.events.emit('documents.didChange', { documentIds: [documentId] })
    return report
  }

  /** Returns true when the annotation was stored as orphaned. */
  private writeAnnotation(
    incoming: IncomingAnnotation,
    documentId: string,
    revisionId: string,
    text: string,
    now: string,
  ): boolean {
    const located = locateQuote(text, incoming.quote, incoming.position)
    const start = located?.start ?? 0
    const end = located?.end ?? 0
    this.exchange.upsertAnnotation({
      id: incoming.id,
      documentId,
      revisionId,
      color: incoming.color,
      start,
      end,
      exact: located ? text.slice(start, end) : (incoming.quote?.exact ?? ''),
      prefix: located ? text.slice(Math.max(0, start - contextLength), start) : (incoming.quote?.prefix ?? ''),
      suffix: located ? text.slice(end, end + contextLength) : (incoming.quote?.suffix ?? ''),
      paragraphLabel: located ? paragraphLabelAt(text, start) : null,
      author: incoming.author,
      createdAt: incoming.created,
      updatedAt: incoming.modified ?? incoming.created,
      resolvedAt: incoming.resolvedAt,
      anchorStatus: located ? 'anchored' : 'orphaned',
    })
    this.exchange.setTags(incoming.id, incoming.tags, now, newId)
    return !located
  }

  /** Store one reply when what it answers is known; false to try again after the others. */
  private writeReply(reply: ReturnType<typeof parseW3c>['replies'][number]): boolean {
    let annotationId: string
    let parentId: string | null
    const answeredAnnotation = this.exchange.annotationVersion(reply.targetId)
    const answeredComment = answeredAnnotation ? null : this.exchange.commentVersion(reply.targetId)
    if (answeredAnnotation) {
      annotationId = reply.targetId
      parentId = this.exchange.mainCommentId(annotationId)
    } else if (answeredComment) {
      annotationId = answeredComment.annotationId
      parentId = reply.targetId
    } else {
      return false
    }
    const stored = this.exchange.commentVersion(reply.id)
    if (!stored || (reply.modified !== null && stored.updatedAt < reply.modified)) {
      this.exchange.upsertComment({
        id: reply.id,
        annotationId,
        parentId,
        author: reply.author,
        body: reply.body,
        createdAt: reply.created,
        updatedAt: reply.modified ?? reply.created,
      })
    }
    return true
  }
}
