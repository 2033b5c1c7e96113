import type { CardKind, CardState, CardStatus, StudyCard } from '../../common/study/card'
import type { Schedule } from '../../common/study/scheduler'

/** A `study_cards` row with the columns `cardColumns` adds about its annotations, document and question comment. */
export type CardRow = {
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
  source_comment_id: string | null
  source_comment: string | null
  current_comment: string | null
  retired_at: string | null
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

/**
 * The columns of a card row (`c`, joined to its document `d`) that `toCard` reads: what it needs to tell whether its
 * annotations still exist, are placed, and still read (and ask) what they did when the card was made.
 */
export const cardColumns = `c.*, d.title AS document_title, d.deleted_at IS NOT NULL AS document_deleted,
  (SELECT json_group_array(l.annotation_id) FROM (SELECT annotation_id FROM study_card_annotations
     WHERE card_id = c.id ORDER BY position) l) AS annotation_ids,
  (SELECT count(*) FROM study_card_annotations l LEFT JOIN annotations a ON a.id = l.annotation_id
     WHERE l.card_id = c.id AND a.id IS NULL) AS missing,
  (SELECT count(*) FROM study_card_annotations l JOIN annotations a ON a.id = l.annotation_id
     WHERE l.card_id = c.id AND a.anchor_status = 'orphaned') AS orphaned,
  (SELECT json_group_array(t.name) FROM study_card_annotations l JOIN annotation_tags at ON at.annotation_id = l.annotation_id
     JOIN tags t ON t.id = at.tag_id WHERE l.card_id = c.id) AS tags,
  (SELECT json_group_array(q.exact) FROM (SELECT a.exact FROM study_card_annotations l
     JOIN annotations a ON a.id = l.annotation_id WHERE l.card_id = c.id ORDER BY l.position) q) AS current_quotes,
  (SELECT body FROM comments WHERE id = c.source_comment_id) AS current_comment`

/**
 * The condition a card row `c` (joined to `d`) meets while it is reviewed: every annotation it came from exists and
 * none is orphaned, its document is not in the trash, and the user has not retired it.
 */
export const activeCondition = `c.suspended = 0 AND c.retired_at IS NULL AND d.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM study_card_annotations l LEFT JOIN annotations a ON a.id = l.annotation_id
    WHERE l.card_id = c.id AND (a.id IS NULL OR a.anchor_status = 'orphaned'))`

/** The schedule's columns, in the order `scheduleValues` gives them. */
export const scheduleColumns = [
  'due',
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
  'last_review',
] as const

/** A schedule as the values of `scheduleColumns`. */
export function scheduleValues(s: Schedule): (string | number | null)[] {
  return [
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
  ]
}

/** The schedule stored in a card row. */
export function toSchedule(row: CardRow): Schedule {
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

/** A card row as the model's card. */
export function toCard(row: CardRow): StudyCard {
  const retired = row.missing > 0 || row.document_deleted || row.retired_at !== null
  const status: CardStatus = retired ? 'retired' : row.suspended || row.orphaned > 0 ? 'suspended' : 'active'
  const sourceQuotes = JSON.parse(row.source_quotes) as string[]
  const currentQuotes = JSON.parse(row.current_quotes) as string[]
  const asksComment = row.missing === 0 && row.source_comment_id !== null
  const questionRemoved = asksComment && row.current_comment === null
  const questionEdited = asksComment && !questionRemoved && row.current_comment !== row.source_comment
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
    annotationChanged:
      row.missing === 0 && (questionEdited || currentQuotes.some((quote, index) => quote !== sourceQuotes[index])),
    questionRemoved,
    state: row.state as CardState,
    due: row.due,
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.last_review,
    createdAt: row.created_at,
  }
}
