import { AppError } from '../common/api/appError'
import type { AnkiExport } from '../common/api/studyApi'
import { anchorTarget } from '../common/anchoring/anchor'
import type { Annotation } from '../common/model/annotation'
import type { Revision } from '../common/model/document'
import { newId, nowIso } from '../common/model/ids'
import { ankiDeckText } from '../common/study/ankiExport'
import { sourceLabelFor, suspendsCards } from '../common/study/annotationLink'
import {
  defaultDesiredRetention,
  type CardKind,
  type CardPreview,
  type CardProposal,
  type ClozeGrouping,
  type Rating,
  type ReviewItem,
  type StudyCard,
  type StudySettings,
} from '../common/study/card'
import { isUsableCloze } from '../common/study/cloze'
import { proposeCards, refuseIfEmpty, type StudySource } from '../common/study/proposeCards'
import { newSchedule, nextSchedule, previewDue } from '../common/study/scheduler'
import type { RevisionsRepository } from '../db/repositories/revisionsRepository'
import type { SourceComment, StudyRepository } from '../db/repositories/studyRepository'
import type { EventBus } from './eventBus'
import { studyProgress } from './studyProgress'
import type { Transaction } from './transaction'

/** What the study service reads of annotations: one by id, and a document's in reading order. */
export type AnnotationSource = {
  get(annotationId: string): Annotation | null
  listForDocument(documentId: string): Annotation[]
}

/**
 * Study cards made from annotations and reviewed on an FSRS schedule. Cards follow their annotations: a deleted
 * annotation's cards are retired (a restored one's come back), an orphaned one's are suspended.
 */
export class StudyService {
  constructor(
    private readonly cards: StudyRepository,
    private readonly annotations: AnnotationSource,
    private readonly revisions: RevisionsRepository,
    private readonly events: EventBus,
    private readonly transaction: Transaction,
    private readonly clock: () => string = nowIso,
  ) {
    events.subscribe((name, payload) => {
      if (name === 'annotations.didChange')
        this.followAnnotations((payload as { annotationIds: string[] }).annotationIds)
    })
  }

  /** Cards of `kind` for these annotations, one per highlight, created at once. */
  createCards(annotationIds: string[], kind: CardKind): StudyCard[] {
    const preview = this.preview(annotationIds, kind, 'separate')
    refuseIfEmpty(preview)
    return this.createFromProposals(preview.proposals)
  }

  /** The cards these annotations would make, and the ones that cannot, with why. */
  preview(annotationIds: string[], kind: CardKind, grouping: ClozeGrouping): CardPreview {
    const byDocument = new Map<string, Set<string>>()
    for (const annotationId of new Set(annotationIds)) {
      const annotation = this.requireAnnotation(annotationId)
      byDocument.set(annotation.documentId, (byDocument.get(annotation.documentId) ?? new Set()).add(annotationId))
    }
    const result: CardPreview = { proposals: [], refused: [] }
    for (const [documentId, chosen] of byDocument) {
      const revision = this.currentRevision(documentId)
      const sources: StudySource[] = []
      for (const annotation of this.annotations.listForDocument(documentId)) {
        if (!chosen.has(annotation.id)) continue
        // Stored positions belong to the revision the annotation was last placed on; find it in the current one.
        const span =
          annotation.revisionId === revision.id ? annotation.target : anchorTarget(revision.text, annotation.target)
        if (!span || suspendsCards(annotation)) {
          result.refused.push({ annotationId: annotation.id, code: 'study.orphaned' })
        } else sources.push(toSource(annotation, span))
      }
      const text = revision.text
      const preview = proposeCards(text, sources, kind, grouping)
      result.proposals.push(...preview.proposals)
      result.refused.push(...preview.refused)
    }
    for (const refusal of result.refused) refusal.quote = this.requireAnnotation(refusal.annotationId).target.exact
    return result
  }

  /** Create the cards the user kept, with their text as edited. */
  createFromProposals(proposals: CardProposal[]): StudyCard[] {
    const now = this.clock()
    const created = proposals.map((proposal) => this.newCard(proposal, now))
    this.transaction(() => created.forEach((card) => this.cards.insert(card)))
    this.changed(created.map((card) => card.id))
    return created.map((card) => this.cards.get(card.id)!)
  }

  /** Every active card due now, soonest first. */
  due(): StudyCard[] {
    return this.cards.due(this.clock(), 1_000_000)
  }

  /** The next card to review and when each answer would bring it back; null when nothing is due. */
  next(): ReviewItem | null {
    const now = this.clock()
    const card = this.cards.due(now, 1)[0]
    if (!card) return null
    return { card, outcomes: previewDue(this.cards.schedule(card.id)!, now, this.settings().desiredRetention) }
  }

  /** Record an answer; the card comes back with its next due date. */
  answer(cardId: string, rating: Rating): StudyCard {
    const card = this.requireCard(cardId)
    if (card.status !== 'active') {
      throw new AppError('study.cardInactive', 'This card is suspended or retired; it cannot be reviewed now.')
    }
    const before = this.cards.schedule(cardId)!
    const event = { rating, reviewedAt: this.clock(), desiredRetention: this.settings().desiredRetention }
    const after = nextSchedule(before, event)
    this.transaction(() => {
      this.cards.insertReview({ cardId, ...event, stateBefore: before.state, scheduleBefore: before })
      this.cards.updateSchedule(cardId, after)
    })
    this.changed([cardId])
    return this.cards.get(cardId)!
  }

  /** Take back the most recent answer. */
  undoAnswer(): StudyCard | null {
    const last = this.cards.lastReview()
    if (!last) return null
    this.transaction(() => {
      this.cards.updateSchedule(last.cardId, last.scheduleBefore)
      this.cards.deleteReview(last.id)
    })
    this.changed([last.cardId])
    return this.cards.get(last.cardId)
  }

  /** Cards made from one annotation. */
  cardsForAnnotation(annotationId: string): StudyCard[] {
    return this.cards.forAnnotation(annotationId)
  }

  /** Remake a card's text from its annotations as they are now; its schedule is kept. */
  refreshCard(cardId: string): StudyCard {
    const card = this.requireCard(cardId)
    const grouping = card.annotationIds.length > 1 ? 'combined' : 'separate'
    const preview = this.preview(card.annotationIds, card.kind, grouping)
    refuseIfEmpty(preview)
    const proposal = preview.proposals[0]!
    const source = this.sourceOf(card)
    this.transaction(() => this.cards.updateText(cardId, proposal, source))
    this.changed([cardId])
    return this.cards.get(cardId)!
  }

  /** Keep a card's text although its annotation or its question's comment changed: stop offering to update it. */
  keepCardText(cardId: string): StudyCard {
    const card = this.requireCard(cardId)
    this.transaction(() => this.cards.updateText(cardId, null, this.sourceOf(card)))
    this.changed([cardId])
    return this.cards.get(cardId)!
  }

  /** Stop reviewing cards (a question whose comment was deleted); their review logs stay. Returns how many. */
  retireCards(cardIds: string[]): number {
    cardIds.forEach((cardId) => this.requireCard(cardId))
    const count = this.transaction(() => this.cards.retire(cardIds, this.clock()))
    this.changed(cardIds)
    return count
  }

  /** Delete cards with their review logs. */
  deleteCards(cardIds: string[]): number {
    const count = this.transaction(() => this.cards.delete(cardIds))
    this.changed(cardIds)
    return count
  }

  /** Due counts, reviews per day and true retention; days are local to `utcOffsetMinutes` (minutes east of UTC). */
  progress(utcOffsetMinutes = 0) {
    return studyProgress(this.cards, this.clock(), this.settings().desiredRetention, utcOffsetMinutes)
  }

  /** The study settings. */
  settings(): StudySettings {
    return { desiredRetention: this.cards.desiredRetention() ?? defaultDesiredRetention }
  }

  /** Change the retention FSRS aims at; later answers use it. */
  updateSettings(settings: StudySettings): StudySettings {
    this.cards.setDesiredRetention(settings.desiredRetention)
    this.changed([])
    return this.settings()
  }

  /** Every active card as an Anki deck file. */
  exportAnki(): AnkiExport {
    const cards = this.cards.listActive()
    if (cards.length === 0) throw new AppError('study.nothingToExport', 'There are no cards to export yet.')
    const day = this.clock().slice(0, 10)
    return { fileName: `marginalia-study-${day}.txt`, text: ankiDeckText('Marginalia', cards), cardCount: cards.length }
  }

  /** Suspend the cards of annotations that became orphaned; resume those of annotations placed again. */
  private followAnnotations(annotationIds: string[]): void {
    const suspend: string[] = []
    const resume: string[] = []
    for (const annotationId of annotationIds) {
      const annotation = this.annotations.get(annotationId)
      if (annotation) (suspendsCards(annotation) ? suspend : resume).push(annotationId)
    }
    const changed = this.transaction(() => [
      ...this.cards.setSuspendedForAnnotations(suspend, true),
      ...this.cards.setSuspendedForAnnotations(resume, false),
    ])
    // Deleted or restored annotations change their cards' status too (no write needed): tell the views either way.
    this.changed(changed)
  }

  private newCard(proposal: CardProposal, createdAt: string) {
    const annotations = proposal.annotationIds.map((annotationId) => this.requireAnnotation(annotationId))
    const documentId = annotations[0]!.documentId
    if (annotations.some((annotation) => annotation.documentId !== documentId)) {
      throw new AppError('study.mixedDocuments', 'A card can only be made from annotations of one document.')
    }
    if (proposal.kind === 'cloze' && !isUsableCloze(proposal.prompt)) {
      throw new AppError('study.badCloze', 'A cloze card needs hidden words and some words left to read.')
    }
    if (proposal.kind === 'question' && !proposal.answer.trim()) {
      throw new AppError('study.noText', 'This annotation has no words to study. Highlight some text and try again.')
    }
    const first = annotations[0]!
    return {
      id: newId(),
      kind: proposal.kind,
      documentId,
      annotationIds: annotations.map((annotation) => annotation.id),
      prompt: proposal.prompt.normalize('NFC').trim(),
      answer: proposal.answer.normalize('NFC').trim(),
      sourceLabel: sourceLabelFor(this.currentRevision(documentId).text, first.target.start, first.paragraphLabel),
      sourceQuotes: annotations.map((annotation) => annotation.target.exact),
      sourceComment: proposal.kind === 'question' ? askedComment(first) : null,
      createdAt,
      schedule: newSchedule(createdAt),
    }
  }

  /** What a card follows now: its annotations' passages and, for a question card, the comment it asks. */
  private sourceOf(card: StudyCard): { quotes: string[]; comment: SourceComment | null } {
    const annotations = card.annotationIds.map((annotationId) => this.requireAnnotation(annotationId))
    return {
      quotes: annotations.map((annotation) => annotation.target.exact),
      comment: card.kind === 'question' && annotations[0] ? askedComment(annotations[0]) : null,
    }
  }

  private currentRevision(documentId: string): Revision {
    const revision = this.revisions.current(documentId)
    if (!revision) throw new AppError('annotations.documentMissing', 'This document is no longer in the library.')
    return revision
  }

  private requireAnnotation(annotationId: string): Annotation {
    const annotation = this.annotations.get(annotationId)
    if (!annotation) throw new AppError('annotations.notFound', 'This annotation no longer exists.')
    return annotation
  }

  private requireCard(cardId: string): StudyCard {
    const card = this.cards.get(cardId)
    if (!card) throw new AppError('study.cardNotFound', 'This card no longer exists.')
    return card
  }

  private changed(cardIds: string[]): void {
    this.events.emit('study.didChange', { cardIds })
  }
}

function toSource(annotation: Annotation, span: { start: number; end: number }): StudySource {
  const comment = askedComment(annotation)?.body ?? null
  return { annotationId: annotation.id, start: span.start, end: span.end, comment }
}

/** The comment a question card asks: the annotation's first top-level comment, or null. */
function askedComment(annotation: Annotation): SourceComment | null {
  const comment = annotation.comments.find((each) => each.parentId === null)
  return comment ? { id: comment.id, body: comment.body } : null
}
