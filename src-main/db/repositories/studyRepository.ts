import type { CardKind, CardState, CardStatus, Rating, StudyCard } from '../../common/study/card'
import type { Schedule } from '../../common/study/scheduler'
import type { Connection } from '../connection'

type CardRow = {
  id: string
  kind: string
  document_id: string
  document_title: string | null
  document_deleted: number | null
  prompt: string
  answer: string
  source_label: string
  source_quotes: string
  current_quotes: string
  created_at: string
  suspended: number
  due: string
  stability: number
  difficulty: number
  elapsed_days: number
  scheduled_days: number
  learning_steps: number
  reps: number
  lapses: number
  state: string
  last_review: string | null
  annotation_ids: string
  missing: number
  orphaned: number
  tags: string | null
}

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
  createdAt: string
  schedule: Schedule
}

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

// A card is offered only while every annotation it came from exists and none is orphaned, and its document is
// not in the trash. These columns let one query decide that.
const cardColumns = `c.*, d.title AS document_title, d.deleted_at IS NOT NULL AS document_deleted,
  (SELECT json_group_array(l.annotation_id) FROM (SELECT annotation_id FROM study_card_annotations
     WHERE card_id = c.id ORDER BY position) l) AS annotation_ids,
  (SELECT count(*) FROM study_card_annotations l LEFT JOIN annotations a ON a.id = l.annotation_id
     WHERE l.card_id = c.id AND a.id IS NULL) AS missing,
  (SELECT count(*) FROM study_card_annotations l JOIN annotations a ON a.id = l.annotation_id
     WHERE l.card_id = c.id AND a.anchor_status = 'orphaned') AS orphaned,
  (SELECT json_group_array(t.name) FROM study_card_annotations l JOIN annotation_tags at ON at.annotation_id = l.annotation_id
     JOIN tags t ON t.id = at.tag_id WHERE l.card_id = c.id) AS tags,
  (SELECT json_group_array(q.exact) FROM (SELECT a.exact FROM study_card_annotations l
     JOIN annotations a ON a.id = l.annotation_id WHERE l.card_id = c.id ORDER BY l.position) q) AS current_quotes`
const activeCondition = `c.suspended = 0 AND d.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM study_card_annotations l LEFT JOIN annotations a ON a.id = l.annotation_id
    WHERE l.card_id = c.id AND (a.id IS NULL OR a.anchor_status = 'orphaned'))`
const settingKey = 'study.desiredRetention'

/** Study cards, their links to annotations and their review log. All SQL about study lives here. */
export class StudyRepository {
  constructor(private readonly db: Connection) {}

  /** Store a new card with its links to the annotations it came from. */
  insert(card: NewCard): void {
    const s = card.schedule
    this.db
      .prepare(
        `INSERT INTO study_cards (id, kind, document_id, prompt, answer, source_label, source_quotes, created_at, due,
         stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        card.id,
        card.kind,
        card.documentId,
        card.prompt,
        card.answer,
        card.sourceLabel,
        JSON.stringify(card.sourceQuotes),
        card.createdAt,
        s.due,
        s.stability,
        s.difficulty,
        s.elapsedDays,
        s.scheduledDays,
        s.learningSteps,
        s.reps,
        s.lapses,
        s.state,
        s.lastReview,
      )
    const link = this.db.prepare(
      `INSERT INTO study_card_annotations (card_id, annotation_id, position) VALUES (?, ?, ?)`,
    )
    card.annotationIds.forEach((annotationId, position) => link.run(card.id, annotationId, position))
  }

  /** One card, whatever its status, or null. */
  get(cardId: string): StudyCard | null {
    const row = this.db
      .prepare(`SELECT ${cardColumns} FROM study_cards c JOIN documents d ON d.id = c.document_id WHERE c.id = ?`)
      .get(cardId) as CardRow | undefined
    return row ? toCard(row) : null
  }

  /** A card's stored schedule, or null. */
  schedule(cardId: string): Schedule | null {
    const row = this.db.prepare(`SELECT * FROM study_cards WHERE id = ?`).get(cardId) as CardRow | undefined
    return row ? toSchedule(row) : null
  }

  /** Active cards due at or before `now`, soonest first; at most `limit`. */
  due(now: string, limit: number, offset = 0): StudyCard[] {
    const rows = this.db
      .prepare(
        `SELECT ${cardColumns} FROM study_cards c JOIN documents d ON d.id = c.document_id
         WHERE c.due <= ? AND ${activeCondition} ORDER BY c.due, c.rowid LIMIT ? OFFSET ?`,
      )
      .all(now, limit, offset) as CardRow[]
    return rows.map(toCard)
  }

  /** How many active cards fall due before each of `limits` (ISO times, ascending), cumulatively. */
  countDueBefore(limits: string[]): number[] {
    const statement = this.db.prepare(
      `SELECT count(*) AS n FROM study_cards c JOIN documents d ON d.id = c.document_id
       WHERE c.due <= ? AND ${activeCondition}`,
    )
    return limits.map((limit) => (statement.get(limit) as { n: number }).n)
  }

  /** How many cards are active. */
  countActive(): number {
    const row = this.db
      .prepare(
        `SELECT count(*) AS n FROM study_cards c JOIN documents d ON d.id = c.document_id WHERE ${activeCondition}`,
      )
      .get() as { n: number }
    return row.n
  }

  /** Every active card, oldest first (an Anki export). */
  listActive(): StudyCard[] {
    const rows = this.db
      .prepare(
        `SELECT ${cardColumns} FROM study_cards c JOIN documents d ON d.id = c.document_id
         WHERE ${activeCondition} ORDER BY c.document_id, c.created_at, c.rowid`,
      )
      .all() as CardRow[]
    return rows.map(toCard)
  }

  /** Cards made from an annotation, whatever their status. */
  forAnnotation(annotationId: string): StudyCard[] {
    const rows = this.db
      .prepare(
        `SELECT ${cardColumns} FROM study_cards c JOIN documents d ON d.id = c.document_id
         WHERE c.id IN (SELECT card_id FROM study_card_annotations WHERE annotation_id = ?) ORDER BY c.created_at`,
      )
      .all(annotationId) as CardRow[]
    return rows.map(toCard)
  }

  /** Store a new schedule. */
  updateSchedule(cardId: string, s: Schedule): void {
    this.db
      .prepare(
        `UPDATE study_cards SET due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?,
         learning_steps = ?, reps = ?, lapses = ?, state = ?, last_review = ? WHERE id = ?`,
      )
      .run(
        s.due,
        s.stability,
        s.difficulty,
        s.elapsedDays,
        s.scheduledDays,
        s.learningSteps,
        s.reps,
        s.lapses,
        s.state,
        s.lastReview,
        cardId,
      )
  }

  /** Replace a card's text (null keeps it) and record the passages it now follows. */
  updateText(cardId: string, text: { prompt: string; answer: string } | null, sourceQuotes: string[]): void {
    this.db
      .prepare(
        `UPDATE study_cards SET prompt = coalesce(?, prompt), answer = coalesce(?, answer), source_quotes = ?
         WHERE id = ?`,
      )
      .run(text?.prompt ?? null, text?.answer ?? null, JSON.stringify(sourceQuotes), cardId)
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

function toSchedule(row: CardRow): Schedule {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardState,
    lastReview: row.last_review,
  }
}

function toCard(row: CardRow): StudyCard {
  const status: CardStatus =
    row.missing > 0 || row.document_deleted ? 'retired' : row.suspended || row.orphaned > 0 ? 'suspended' : 'active'
  const sourceQuotes = JSON.parse(row.source_quotes) as string[]
  const currentQuotes = JSON.parse(row.current_quotes) as string[]
  return {
    id: row.id,
    kind: row.kind as CardKind,
    documentId: row.document_id,
    documentTitle: row.document_title ?? '',
    annotationIds: JSON.parse(row.annotation_ids) as string[],
    prompt: row.prompt,
    answer: row.answer,
    sourceLabel: row.source_label,
    tags: [...new Set(JSON.parse(row.tags ?? '[]') as string[])],
    status,
    annotationChanged: row.missing === 0 && currentQuotes.some((quote, index) => quote !== sourceQuotes[index]),
    state: row.state as CardState,
    due: row.due,
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.last_review,
    createdAt: row.created_at,
  }
}
