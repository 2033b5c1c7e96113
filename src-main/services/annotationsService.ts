import { anchorTarget } from '../common/anchoring/anchor'
import { describeRange, targetAt } from '../common/anchoring/describe'
import { maxQuoteLength } from '../common/anchoring/limits'
import { paragraphLabelAt } from '../common/anchoring/paragraphLabel'
import type { AnnotationDraft } from '../common/api/annotationsApi'
import { AppError } from '../common/api/appError'
import type { Annotation, AnnotationColor, Comment } from '../common/model/annotation'
import type { Revision } from '../common/model/document'
import { newId, nowIso } from '../common/model/ids'
import { blockStartOffsets } from '../common/text/canonicalText'
import type { AnnotationsRepository } from '../db/repositories/annotationsRepository'
import type { CommentsRepository } from '../db/repositories/commentsRepository'
import type { RevisionsRepository } from '../db/repositories/revisionsRepository'
import type { EventBus } from './eventBus'
import { type ErasureScheduler, noErasure } from './leftoverEraser'
import type { TagsService } from './tagsService'
import type { Transaction } from './transaction'

/** Where the author name comes from (the settings service). */
export type AuthorSource = { get(): { authorName: string } }

/**
 * Highlights, tags, comments and replies. Every change is saved at once in its own transaction and announced with
 * `annotations.didChange`; every mutation answers with the annotation as stored, so the renderer never guesses.
 */
export class AnnotationsService {
  constructor(
    private readonly annotations: AnnotationsRepository,
    private readonly comments: CommentsRepository,
    private readonly revisions: RevisionsRepository,
    private readonly tags: TagsService,
    private readonly settings: AuthorSource,
    private readonly events: EventBus,
    private readonly transaction: Transaction,
    /** Scrubs deleted and replaced text from the file after a deletion or an edit. */
    private readonly erasure: ErasureScheduler = noErasure,
  ) {}

  /**
   * The document's annotations. Those already placed on the newest draft (made there, or carried there by a draft
   * import, orphans included) are returned as stored: carry-over decided where they are, and nothing here second-
   * guesses it, so listing is one query. Only annotations still on an older draft are checked against the current
   * text: found ones get their current position, quote and paragraph label stored; the others become orphaned.
   */
  list(documentId: string): Annotation[] {
    // The revision's text is read only when some annotation must be re-anchored in it: a long text costs its size.
    const currentId = this.revisions.currentId(documentId)
    if (!currentId) throw missingDocument()
    const all = this.annotations.listForDocument(documentId)
    const behind = all.filter((annotation) => annotation.revisionId !== currentId)
    if (behind.length === 0) return all
    const revision = this.currentRevision(documentId)
    const starts = blockStartOffsets(revision.blocks)
    const changed: string[] = []
    this.transaction(() => {
      for (const annotation of behind) {
        const anchor = anchorTarget(revision.text, annotation.target)
        const target = anchor ? targetAt(revision.text, anchor.start, anchor.end) : annotation.target
        const status = anchor ? 'anchored' : 'orphaned'
        const paragraphLabel = anchor
          ? paragraphLabelAt(revision.blocks, starts, anchor.start)
          : annotation.paragraphLabel
        const same =
          annotation.revisionId === revision.id &&
          annotation.anchorStatus === status &&
          annotation.paragraphLabel === paragraphLabel &&
          sameTarget(annotation.target, target)
        if (same) continue
        this.annotations.updateAnchor(annotation.id, { revisionId: revision.id, target, paragraphLabel, status })
        changed.push(annotation.id)
      }
    })
    if (changed.length > 0) this.events.emit('annotations.didChange', { documentId, annotationIds: changed })
    return this.annotations.listForDocument(documentId)
  }

  create(draft: AnnotationDraft): Annotation {
    const revision = this.currentRevision(draft.documentId)
    const target = this.describe(revision, draft.start, draft.end)
    const now = nowIso()
    const id = draft.id ?? newId()
    if (draft.id && this.annotations.get(draft.id)) {
      throw new AppError('annotations.exists', 'This annotation already exists.')
    }
    this.transaction(() => {
      this.annotations.insert({
        id,
        documentId: draft.documentId,
        revisionId: revision.id,
        color: draft.color,
        target,
        paragraphLabel: paragraphLabelAt(revision.blocks, blockStartOffsets(revision.blocks), target.start),
        author: this.author(),
        createdAt: now,
        updatedAt: now,
        resolvedAt: null,
        anchorStatus: 'anchored',
        carryOver: null,
      })
      if (draft.tags?.length)
        this.annotations.replaceTags(
          id,
          this.tags.resolveNames(draft.tags).map((tag) => tag.id),
        )
      if (draft.comment?.trim()) this.insertComment(id, draft.comment, null, now)
    })
    this.countChanged(draft.documentId)
    return this.changed(id)
  }

  setColor(annotationId: string, color: AnnotationColor): Annotation {
    this.require(annotationId)
    this.transaction(() => this.annotations.updateColor(annotationId, color, nowIso()))
    return this.changed(annotationId)
  }

  setTags(annotationId: string, tagNames: string[]): Annotation {
    this.require(annotationId)
    this.transaction(() => {
      this.annotations.replaceTags(
        annotationId,
        this.tags.resolveNames(tagNames).map((tag) => tag.id),
      )
      this.annotations.touch(annotationId, nowIso())
    })
    this.events.emit('tags.didChange', { tagIds: [] })
    return this.changed(annotationId)
  }

  setResolved(annotationId: string, resolved: boolean): Annotation {
    this.require(annotationId)
    const now = nowIso()
    this.transaction(() => this.annotations.updateResolved(annotationId, resolved ? now : null, now))
    return this.changed(annotationId)
  }

  reattach(annotationId: string, start: number, end: number): Annotation {
    const annotation = this.require(annotationId)
    const revision = this.currentRevision(annotation.documentId)
    const target = this.describe(revision, start, end)
    const paragraphLabel = paragraphLabelAt(revision.blocks, blockStartOffsets(revision.blocks), target.start)
    this.transaction(() => {
      this.annotations.updateAnchor(annotationId, {
        revisionId: revision.id,
        target,
        paragraphLabel,
        status: 'anchored',
      })
      this.annotations.markReattached(annotationId, revision.id, target, paragraphLabel)
      this.annotations.touch(annotationId, nowIso())
    })
    return this.changed(annotationId)
  }

  delete(annotationId: string): Annotation {
    const annotation = this.require(annotationId)
    this.transaction(() => this.annotations.delete(annotationId))
    this.erasure.schedule()
    this.events.emit('annotations.didChange', { documentId: annotation.documentId, annotationIds: [annotationId] })
    this.events.emit('tags.didChange', { tagIds: [] })
    this.countChanged(annotation.documentId)
    return annotation
  }

  /**
   * Put a deleted annotation back (undo). Every id the snapshot names must belong to it: its revision to its
   * document, its comments to it (and not already stored anywhere), their parents to its own thread. A snapshot that
   * reaches into another document is refused and changes nothing. A snapshot whose draft is gone (its import was
   * undone, and maybe redone as a new draft) goes onto the newest draft: where it was when that text is there
   * unchanged (a redone import of the same file), otherwise as an orphan, its thread kept.
   */
  restore(snapshot: Annotation): Annotation {
    if (this.annotations.get(snapshot.id)) throw new AppError('annotations.exists', 'This annotation already exists.')
    const current = this.currentRevision(snapshot.documentId)
    const revision = this.revisions.get(snapshot.revisionId)
    if (revision && revision.documentId !== snapshot.documentId) throw notHere('revision')
    if (snapshot.target.exact.length > maxQuoteLength) throw quoteTooLong()
    if (!revision) snapshot = onNewestDraft(snapshot, current)
    const own = new Set(snapshot.comments.map((comment) => comment.id))
    for (const comment of snapshot.comments) {
      if (comment.annotationId !== snapshot.id || this.comments.get(comment.id)) throw notHere('comment')
      if (comment.parentId !== null && !own.has(comment.parentId)) throw notHere('comment')
    }
    this.transaction(() => {
      const { tags, comments, ...row } = snapshot
      this.annotations.insert(row)
      this.annotations.replaceTags(
        snapshot.id,
        this.tags.resolveNames(tags.map((tag) => tag.name)).map((tag) => tag.id),
      )
      for (const comment of comments) this.comments.insert(comment)
    })
    this.events.emit('tags.didChange', { tagIds: [] })
    this.countChanged(snapshot.documentId)
    return this.changed(snapshot.id)
  }

  addComment(annotationId: string, body: string, parentId: string | null): Annotation {
    this.require(annotationId)
    if (parentId && this.comments.get(parentId)?.annotationId !== annotationId) {
      throw new AppError('comments.notFound', 'The comment you replied to no longer exists.')
    }
    this.transaction(() => this.insertComment(annotationId, body, parentId, nowIso()))
    return this.changed(annotationId)
  }

  editComment(commentId: string, body: string): Annotation {
    const comment = this.requireComment(commentId)
    const now = nowIso()
    this.transaction(() => {
      this.comments.updateBody(commentId, body.normalize('NFC'), now)
      this.annotations.touch(comment.annotationId, now)
    })
    this.erasure.schedule()
    return this.changed(comment.annotationId)
  }

  deleteComment(commentId: string): Annotation {
    const comment = this.requireComment(commentId)
    this.transaction(() => {
      this.comments.delete(commentId)
      this.annotations.touch(comment.annotationId, nowIso())
    })
    this.erasure.schedule()
    return this.changed(comment.annotationId)
  }

  /**
   * Put deleted comments back (undo). They must all belong to one annotation, a comment id already stored elsewhere
   * is refused, and a parent must be in the same thread (stored or restored with them).
   */
  restoreComments(comments: Comment[]): Annotation {
    const annotationId = comments[0]?.annotationId ?? ''
    this.require(annotationId)
    const restored = new Set(comments.map((comment) => comment.id))
    for (const comment of comments) {
      if (comment.annotationId !== annotationId) throw new AppError('comments.notFound', 'Mixed threads.')
      const stored = this.comments.get(comment.id)
      if (stored && stored.annotationId !== annotationId) throw notHere('comment')
      const parent = comment.parentId
      if (parent !== null && !restored.has(parent) && this.comments.get(parent)?.annotationId !== annotationId) {
        throw notHere('comment')
      }
    }
    this.transaction(() => {
      // Parents before replies, whatever order they arrive in.
      const ordered = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      for (const comment of ordered) {
        if (!this.comments.get(comment.id)) this.comments.insert(comment)
      }
      this.annotations.touch(annotationId, nowIso())
    })
    return this.changed(annotationId)
  }

  private insertComment(annotationId: string, body: string, parentId: string | null, now: string): void {
    this.comments.insert({
      id: newId(),
      annotationId,
      parentId,
      author: this.author(),
      body: body.normalize('NFC'),
      createdAt: now,
      updatedAt: now,
    })
    this.annotations.touch(annotationId, now)
  }

  private describe(revision: Revision, start: number, end: number) {
    if (end > revision.text.length || start > revision.text.length) {
      throw new AppError('annotations.outsideText', 'The selection is outside the document.')
    }
    const target = describeRange(revision.text, start, end)
    if (!target) throw new AppError('annotations.emptySelection', 'The selection has no text to annotate.')
    if (target.exact.length > maxQuoteLength) throw quoteTooLong()
    return target
  }

  private author(): string {
    return this.settings.get().authorName
  }

  private currentRevision(documentId: string): Revision {
    const revision = this.revisions.current(documentId)
    if (!revision) throw missingDocument()
    return revision
  }

  private require(annotationId: string): Annotation {
    const annotation = this.annotations.get(annotationId)
    if (!annotation) throw new AppError('annotations.notFound', 'This annotation no longer exists.')
    return annotation
  }

  private requireComment(commentId: string): Comment {
    const comment = this.comments.get(commentId)
    if (!comment) throw new AppError('comments.notFound', 'This comment no longer exists.')
    return comment
  }

  /** The library shows each document's annotation count: tell it when that count changes. */
  private countChanged(documentId: string): void {
    this.events.emit('documents.didChange', { documentIds: [documentId] })
  }

  private changed(annotationId: string): Annotation {
    const annotation = this.require(annotationId)
    this.events.emit('annotations.didChange', { documentId: annotation.documentId, annotationIds: [annotationId] })
    return annotation
  }
}

/** A passage longer than the app anchors cheaply: refused with its limit, so the user can select less. */
export function quoteTooLong(): AppError {
  return new AppError(
    'annotations.quoteTooLong',
    `A passage of more than ${maxQuoteLength} characters cannot be annotated.`,
    { limit: maxQuoteLength.toLocaleString('en') },
  )
}

/** A restore that names a revision or comment of another document or thread: refused, nothing changed. */
/** A snapshot whose draft was removed, put on the newest draft: same place if the text there is the same, else orphaned. */
function onNewestDraft(snapshot: Annotation, current: Revision): Annotation {
  const { start, end, exact } = snapshot.target
  const same = current.text.slice(start, end) === exact
  return {
    ...snapshot,
    revisionId: current.id,
    target: same ? targetAt(current.text, start, end) : snapshot.target,
    paragraphLabel: same
      ? paragraphLabelAt(current.blocks, blockStartOffsets(current.blocks), start)
      : snapshot.paragraphLabel,
    anchorStatus: same ? 'anchored' : 'orphaned',
    carryOver: null,
  }
}

function notHere(what: 'revision' | 'comment'): AppError {
  return new AppError('annotations.notHere', `The restored annotation names a ${what} that belongs elsewhere.`)
}

function sameTarget(a: Annotation['target'], b: Annotation['target']): boolean {
  return a.start === b.start && a.end === b.end && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix
}

function missingDocument(): AppError {
  return new AppError('annotations.documentMissing', 'This document is no longer in the library.')
}
