import { createHash } from 'node:crypto'
import { maxQuoteLength } from '../common/anchoring/limits'
import { AppError } from '../common/api/appError'
import type { ExchangeImportReport } from '../common/api/exportApi'
import type { Annotation, Comment } from '../common/model/annotation'
import type { Revision } from '../common/model/document'
import { nowIso } from '../common/model/ids'
import { fitTagName } from '../common/model/tagName'
import type { AnnotationsRepository } from '../db/repositories/annotationsRepository'
import type { CommentsRepository } from '../db/repositories/commentsRepository'
import type { DocumentsRepository } from '../db/repositories/documentsRepository'
import type { RevisionsRepository } from '../db/repositories/revisionsRepository'
import { placeIncoming } from '../exchange/placeIncoming'
import { type IncomingAnnotation, type IncomingReply, parseW3c } from '../exchange/parseW3c'
import type { EventBus } from './eventBus'
import type { TagsService } from './tagsService'
import type { Transaction } from './transaction'

/** What the exchange works with: the same repositories and tag service the annotation service uses. */
export type ExchangeServiceDeps = {
  annotations: AnnotationsRepository
  comments: CommentsRepository
  documents: DocumentsRepository
  revisions: RevisionsRepository
  tags: TagsService
  events: EventBus
  transaction: Transaction
}

/**
 * Merges W3C Web Annotation files into a document, by id, with the app's own rules: anchoring by the anchoring
 * core, tags through the tag service (normalised, 200 characters), the same events as annotations made in the app.
 * An annotation already here is replaced only when the file's copy was modified later. A file acts only on the
 * target document: an id (annotation, comment or reply) that belongs to another document or thread becomes a new
 * one here, under an id derived from the old one and the document, so importing the file again changes nothing.
 */
export class ExchangeService {
  constructor(private readonly deps: ExchangeServiceDeps) {}

  importW3c(documentId: string, bytes: Uint8Array): ExchangeImportReport {
    const revision = this.deps.documents.getSummary(documentId) ? this.deps.revisions.current(documentId) : null
    if (!revision) throw new AppError('exchange.documentNotFound', 'The document is no longer in the library.')
    const { annotations, replies } = parseW3c(bytes, nowIso())
    const tooLong = annotations.find((incoming) => (incoming.quote?.exact.length ?? 0) > maxQuoteLength)
    if (tooLong) {
      throw new AppError('exchange.quoteTooLong', 'The file quotes a passage longer than the app can anchor.', {
        limit: maxQuoteLength.toLocaleString('en'),
      })
    }
    const report: ExchangeImportReport = { created: 0, updated: 0, unchanged: 0, orphaned: 0 }
    const touched = new Set<string>()
    // The file's ids as they are called in this document.
    const ids = new Map<string, string>()
    this.deps.transaction(() => {
      for (const incoming of annotations) {
        const outcome = this.mergeAnnotation(documentId, revision, incoming, ids)
        report[outcome]++
        if (outcome !== 'unchanged') touched.add(ids.get(incoming.id)!)
      }
      // Replies may answer other replies: place those whose parent is known, until no more can be placed.
      let waiting = replies
      while (waiting.length > 0) {
        const later = waiting.filter((reply) => !this.mergeReply(documentId, reply, ids, touched))
        if (later.length === waiting.length) break
        waiting = later
      }
    })
    report.orphaned = this.deps.annotations
      .listForDocument(documentId)
      .filter((annotation) => annotation.anchorStatus === 'orphaned').length
    if (touched.size > 0) {
      this.deps.events.emit('annotations.didChange', { documentId, annotationIds: [...touched] })
      this.deps.events.emit('tags.didChange', { tagIds: [] })
    }
    this.deps.events.emit('documents.didChange', { documentIds: [documentId] })
    return report
  }

  private mergeAnnotation(
    documentId: string,
    revision: Revision,
    incoming: IncomingAnnotation,
    ids: Map<string, string>,
  ): 'created' | 'updated' | 'unchanged' {
    const id = this.ownAnnotationId(documentId, incoming.id)
    ids.set(incoming.id, id)
    const existing = this.deps.annotations.get(id)
    const newer = incoming.modified !== null && (!existing || existing.updatedAt < incoming.modified)
    if (existing && !newer) return 'unchanged'
    const placement = placeIncoming(revision, incoming)
    const updatedAt = incoming.modified ?? incoming.created
    const tagIds = this.deps.tags.resolveNames(incoming.tags.map(fitTagName)).map((tag) => tag.id)
    if (existing) {
      this.deps.annotations.updateColor(id, incoming.color, updatedAt)
      this.deps.annotations.updateResolved(id, incoming.resolvedAt, updatedAt)
      this.deps.annotations.updateAnchor(id, { revisionId: revision.id, ...placement })
    } else {
      this.deps.annotations.insert({
        id,
        documentId,
        revisionId: revision.id,
        color: incoming.color,
        ...placement,
        anchorStatus: placement.status,
        author: incoming.author,
        createdAt: incoming.created,
        updatedAt,
        resolvedAt: incoming.resolvedAt,
        carryOver: null,
      })
    }
    this.deps.annotations.replaceTags(id, tagIds)
    if (incoming.comment) {
      const { comment } = incoming
      const merged = this.mergeComment(documentId, {
        id: comment.id,
        annotationId: id,
        parentId: null,
        author: comment.author,
        body: comment.body,
        createdAt: comment.created,
        updatedAt: comment.modified,
      })
      ids.set(comment.id, merged.id)
    }
    return existing ? 'updated' : 'created'
  }

  /** Store one reply when what it answers is in this document; false to try again after the others. */
  private mergeReply(documentId: string, reply: IncomingReply, ids: Map<string, string>, touched: Set<string>) {
    const targetId = ids.get(reply.targetId) ?? this.ownCommentId(documentId, reply.targetId)
    const answeredAnnotation = this.annotationHere(documentId, targetId)
    const answeredComment = answeredAnnotation ? null : this.deps.comments.get(targetId)
    let annotationId: string
    let parentId: string | null
    if (answeredAnnotation) {
      annotationId = answeredAnnotation.id
      parentId = answeredAnnotation.comments.find((comment) => comment.parentId === null)?.id ?? null
    } else if (answeredComment && this.annotationHere(documentId, answeredComment.annotationId)) {
      annotationId = answeredComment.annotationId
      parentId = answeredComment.id
    } else {
      return false
    }
    const changed = this.mergeComment(documentId, {
      id: reply.id,
      annotationId,
      parentId,
      author: reply.author,
      body: reply.body,
      createdAt: reply.created,
      updatedAt: reply.modified ?? reply.created,
    })
    ids.set(reply.id, changed.id)
    if (changed.written) touched.add(annotationId)
    return true
  }

  /** Insert a comment, or update its text when the file's copy is newer; never touches another thread's comment. */
  private mergeComment(documentId: string, incoming: Comment): { id: string; written: boolean } {
    const id = this.ownCommentId(documentId, incoming.id, incoming.annotationId)
    const stored = this.deps.comments.get(id)
    const body = incoming.body.normalize('NFC')
    if (!stored) {
      this.deps.comments.insert({ ...incoming, id, body })
      return { id, written: true }
    }
    if (stored.updatedAt >= incoming.updatedAt) return { id, written: false }
    this.deps.comments.updateBody(id, body, incoming.updatedAt)
    return { id, written: true }
  }

  private annotationHere(documentId: string, annotationId: string): Annotation | null {
    const annotation = this.deps.annotations.get(annotationId)
    return annotation?.documentId === documentId ? annotation : null
  }

  /** The file's annotation id when it is free or already ours; otherwise one derived from it for this document. */
  private ownAnnotationId(documentId: string, id: string): string {
    const stored = this.deps.annotations.get(id)
    return !stored || stored.documentId === documentId ? id : derivedId(documentId, id)
  }

  /** The same for a comment, which must also stay in its own thread when that is known. */
  private ownCommentId(documentId: string, id: string, annotationId?: string): string {
    const stored = this.deps.comments.get(id)
    if (!stored) return id
    const sameThread = annotationId ? stored.annotationId === annotationId : true
    return sameThread && this.annotationHere(documentId, stored.annotationId) ? id : derivedId(documentId, id)
  }
}

/** A stable name-based UUID for `id` as imported into `documentId`. */
function derivedId(documentId: string, id: string): string {
  const hash = createHash('sha1').update(`marginalia:import:${documentId}:${id}`).digest('hex')
  const variant = ((parseInt(hash[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${variant}${hash.slice(17, 20)}-${hash.slice(20, 32)}`
}
