import type { CardKind, CardState, Rating, StudyCard } from '../../common/study/card'
import type { Schedule } from '../../common/study/scheduler'
import type { Connection } from '../connection'
import {
  activeCondition,
  cardColumns,
  scheduleColumns,
  scheduleValues,
  toCard,
  toSchedule,
  type CardRow,
} from './studyCardRows'

/** A card as it is first stored. */
export type NewCard = {
  id: string
  kind: CardKind
  documentId: string
  annotationIds: string[]
  prompt: string
  answer: string
  sourceLabel: string
  /** The annotations' passages as the card was made from them. */
  sourceQuotes: string[]
  /** The comment a question card asks, as it read then; absent or null for a cloze card. */
  sourceComment?: SourceComment | null
  createdAt: string
  schedule: Schedule
}

/** The comment a question card asks: its id and its text when the card was made (or last updated). */
export type SourceComment = { id: string; body: string }

/** One stored answer. */
export type ReviewRow = {
  id: number
  cardId: string
  rating: Rating
  reviewedAt: string
  stateBefore: CardState
  desiredRetention: number
  scheduleBefore: Schedule
}

const insertColumns = [
  'id',
  'kind',
  'document_id',
  'prompt',
  'answer',
  'source_label',
  'source_quotes',
  'source_comment_id',
  'source_comment',
  'created_at',
]
const settingKey = 'study.desiredRetention'

/** Study cards, their links to annotations and their review log. All SQL about study lives here. */
export class StudyRepository {
  constructor(private readonly db: Connection) {}

  /** Cards meeting `condition` (SQL over `c`, the card, and `d`, its document, with any ORDER BY and LIMIT). */
  private selectCards(condition: string, ...params: (string | number)[]): StudyCard[] {
    const rows = this.db
      .prepare(`SELECT ${cardColumns} FROM study_cards c JOIN documents d ON d.id = c.document_id WHERE ${condition}`)
      .all(...params) as CardRow[]
    return rows.map(toCard)
  }

  /** Store a new card with its links to the annotations it came from. */
  insert(card: NewCard): void {
    const columns = [...insertColumns, ...scheduleColumns]
    this.db
      .prepare(`INSERT INTO study_cards (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      .run(
        card.id,
        card.kind,
        card.documentId,
        card.prompt,
        card.answer,
        card.sourceLabel,
        JSON.stringify(card.sourceQuotes),
        card.sourceComment?.id ?? null,
        card.sourceComment?.body ?? null,
        card.createdAt,
        ...scheduleValues(card.schedule),
      )
    const link = this.db.prepare(
      `INSERT INTO study_card_annotations (card_id, annotation_id, position) VALUES (?, ?, ?)`,
    )
    card.annotationIds.forEach((annotationId, position) => link.run(card.id, annotationId, position))
  }

  /** One card, whatever its status, or null. */
  get(cardId: string): StudyCard | null {
    return this.selectCards(`c.id = ?`, cardId)[0] ?? null
  }

  /** A card's stored schedule, or null. */
  schedule(cardId: string): Schedule | null {
    const row = this.db.prepare(`SELECT * FROM study_cards WHERE id = ?`).get(cardId) as CardRow | undefined
    return row ? toSchedule(row) : null
  }

  /** Active cards due at or before `now`, soonest first; at most `limit`. */
  due(now: string, limit: number, offset = 0): StudyCard[] {
    return this.selectCards(
      `c.due <= ? AND ${activeCondition} ORDER BY c.due, c.rowid LIMIT ? OFFSET ?`,
      now,
      limit,
      offset,
    )
  }

  /** How many active cards fall due before each of `limits` (ISO times, ascending), cumulatively. */
  countDueBefore(limits: string[]): number[] {
    return limits.map((limit) => this.countActive(limit))
  }

  /** How many cards are active (due at or before `dueBy`, when given). */
  countActive(dueBy?: string): number {
    const row = this.db
      .prepare(
        `SELECT count(*) AS n FROM study_cards c JOIN documents d ON d.id = c.document_id
         WHERE ${activeCondition} AND (? IS NULL OR c.due <= ?)`,
      )
      .get(dueBy ?? null, dueBy ?? null) as { n: number }
    return row.n
  }

  /** Every active card, oldest first (an Anki export). */
  listActive(): StudyCard[] {
    return this.selectCards(`${activeCondition} ORDER BY c.document_id, c.created_at, c.rowid`)
  }

  /** Cards made from an annotation, whatever their status. */
  forAnnotation(annotationId: string): StudyCard[] {
    return this.selectCards(
      `c.id IN (SELECT card_id FROM study_card_annotations WHERE annotation_id = ?) ORDER BY c.created_at`,
      annotationId,
    )
  }

  /** Store a new schedule. */
  updateSchedule(cardId: string, schedule: Schedule): void {
    const assignments = scheduleColumns.map((column) => `${column} = ?`).join(', ')
    this.db.prepare(`UPDATE study_cards SET ${assignments} WHERE id = ?`).run(...scheduleValues(schedule), cardId)
  }

  /** Replace a card's text (null keeps it) and record the passages and the comment it now follows. */
  updateText(
    cardId: string,
    text: { prompt: string; answer: string } | null,
    source: { quotes: string[]; comment: SourceComment | null },
  ): void {
    this.db
      .prepare(
        `UPDATE study_cards SET prompt = coalesce(?, prompt), answer = coalesce(?, answer), source_quotes = ?,
         source_comment_id = ?, source_comment = ? WHERE id = ?`,
      )
      .run(
        text?.prompt ?? null,
        text?.answer ?? null,
        JSON.stringify(source.quotes),
        source.comment?.id ?? null,
        source.comment?.body ?? null,
        cardId,
      )
  }

  /** Stop offering cards the user retired; their review logs stay. Returns how many were retired now. */
  retire(cardIds: string[], at: string): number {
    const statement = this.db.prepare(`UPDATE study_cards SET retired_at = ? WHERE id = ? AND retired_at IS NULL`)
    return cardIds.reduce((count, cardId) => count + statement.run(at, cardId).changes, 0)
  }

  /** Suspend (or resume) every card made from one of these annotations. */
  setSuspendedForAnnotations(annotationIds: string[], suspended: boolean): string[] {
    const changed: string[] = []
    const cards = this.db.prepare(`SELECT card_id FROM study_card_annotations WHERE annotation_id = ?`)
    const update = this.db.prepare(`UPDATE study_cards SET suspended = ? WHERE id = ? AND suspended <> ?`)
    for (const annotationId of annotationIds) {
      for (const { card_id } of cards.all(annotationId) as { card_id: string }[]) {
        if (update.run(suspended ? 1 : 0, card_id, suspended ? 1 : 0).changes > 0) changed.push(card_id)
      }
    }
    return changed
  }

  /** Delete cards (their links and review rows go with them). */
  delete(cardIds: string[]): number {
    const statement = this.db.prepare(`DELETE FROM study_cards WHERE id = ?`)
    return cardIds.reduce((count, cardId) => count + statement.run(cardId).changes, 0)
  }

  /** Append one answer to the log. */
  insertReview(review: Omit<ReviewRow, 'id'>): void {
    this.db
      .prepare(
        `INSERT INTO study_reviews (card_id, rating, reviewed_at, state_before, desired_retention, schedule_before)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        review.cardId,
        review.rating,
        review.reviewedAt,
        review.stateBefore,
        review.desiredRetention,
        JSON.stringify(review.scheduleBefore),
      )
  }

  /** The most recent answer of all, or null. */
  lastReview(): ReviewRow | null {
    const row = this.db.prepare(`SELECT * FROM study_reviews ORDER BY id DESC LIMIT 1`).get() as
      ReviewRecord | undefined
    return row ? toReview(row) : null
  }

  /** A card's answers, oldest first (to replay its schedule). */
  reviewsOf(cardId: string): ReviewRow[] {
    const rows = this.db
      .prepare(`SELECT * FROM study_reviews WHERE card_id = ? ORDER BY id`)
      .all(cardId) as ReviewRecord[]
    return rows.map(toReview)
  }

  /** Remove one answer from the log. */
  deleteReview(reviewId: number): void {
    this.db.prepare(`DELETE FROM study_reviews WHERE id = ?`).run(reviewId)
  }

  /** Answers per local calendar day since `since` (ISO), the day shifted by `utcOffsetMinutes` east of UTC. */
  reviewsPerDay(since: string, utcOffsetMinutes = 0): { day: string; count: number }[] {
    return this.db
      .prepare(
        `SELECT date(reviewed_at, ? || ' minutes') AS day, count(*) AS count FROM study_reviews
         WHERE reviewed_at >= ? GROUP BY day ORDER BY day`,
      )
      .all(utcOffsetMinutes, since) as { day: string; count: number }[]
  }

  /** Reviews of cards already in review since `since`, and how many of them were recalled (not "Again"). */
  retentionSince(since: string): { total: number; recalled: number } {
    const row = this.db
      .prepare(
        `SELECT count(*) AS total, coalesce(sum(rating > 1), 0) AS recalled FROM study_reviews
         WHERE reviewed_at >= ? AND state_before = 'review'`,
      )
      .get(since) as { total: number; recalled: number }
    return row
  }

  /** The stored desired retention, or null when never set. */
  desiredRetention(): number | null {
    const row = this.db.prepare(`SELECT value FROM settings WHERE key = ?`).get(settingKey) as
      { value: string } | undefined
    const value = row ? (JSON.parse(row.value) as unknown) : null
    return typeof value === 'number' ? value : null
  }

  /** Store the desired retention. */
  setDesiredRetention(value: number): void {
    this.db
      .prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
      .run(settingKey, JSON.stringify(value))
  }
}

type ReviewRecord = {
  id: number
  card_id: string
  rating: number
  reviewed_at: string
  state_before: string
  desired_retention: number
  schedule_before: string
}

function toReview(row: ReviewRecord): ReviewRow {
  return {
    id: row.id,
    cardId: row.card_id,
    rating: row.rating as Rating,
    reviewedAt: row.reviewed_at,
    stateBefore: row.state_before as CardState,
    desiredRetention: row.desired_retention,
    scheduleBefore: JSON.parse(row.schedule_before) as Schedule,
  }
}
