/** What a card asks: a sentence with words hidden (cloze), or the annotation's comment answered by its passage. */
export const cardKinds = ['cloze', 'question'] as const
export type CardKind = (typeof cardKinds)[number]

/** How the user judged a review: 1 Again, 2 Hard, 3 Good, 4 Easy (FSRS's grades, as Anki shows them). */
export const ratings = [1, 2, 3, 4] as const
export type Rating = (typeof ratings)[number]

/** Where a card stands in FSRS: new, being learnt, in review, being relearnt after a lapse. */
export const cardStates = ['new', 'learning', 'review', 'relearning'] as const
export type CardState = (typeof cardStates)[number]

/**
 * Whether a card is reviewed: `active`; `suspended` while its annotation is orphaned (the passage left the text);
 * `retired` once its annotation is deleted (undoing the delete brings it back) or the user retired it.
 */
export type CardStatus = 'active' | 'suspended' | 'retired'

/** How several highlights in one sentence become cloze cards: one card each, or one card with several gaps. */
export type ClozeGrouping = 'separate' | 'combined'

/**
 * One review card. For a cloze card `prompt` holds the sentence in Anki's cloze markup (`{{c1::hidden words}}`) and
 * `answer` is empty; for a question card `prompt` is the question and `answer` the highlighted passage.
 */
export type StudyCard = {
  id: string
  kind: CardKind
  documentId: string
  documentTitle: string
  /** The annotations the card was made from, in text order (a combined cloze has several). */
  annotationIds: string[]
  prompt: string
  answer: string
  /** The citable paragraph ("9", "Điều 3") or, without a label, its position ("¶4"). */
  sourceLabel: string
  tags: string[]
  status: CardStatus
  /**
   * An annotation it came from now marks other words than when the card was made, or the comment a question card
   * asks was edited since: offer to update the card.
   */
  annotationChanged: boolean
  /** The comment a question card asks was deleted: offer to retire the card (or keep it as it is). */
  questionRemoved: boolean
  state: CardState
  /** When the card is next due, ISO 8601 UTC. */
  due: string
  reps: number
  lapses: number
  lastReview: string | null
  createdAt: string
}

/** A card the user may create: shown before creating, editable, excludable. */
export type CardProposal = {
  kind: CardKind
  annotationIds: string[]
  prompt: string
  answer: string
  /** The kind this annotation's content suggests (a comment ending in "?" suggests a question card). */
  suggestedKind: CardKind
}

/**
 * An annotation that cannot become the requested card, and why (a message code under `errors.`). `quote` is its
 * passage, so that the preview can say which annotation it is.
 */
export type CardRefusal = { annotationId: string; code: string; quote?: string }

/** What the preview offers: the proposed cards and the annotations left out, each with its reason. */
export type CardPreview = { proposals: CardProposal[]; refused: CardRefusal[] }

/** The card and when each answer would bring it back (ISO), for the review screen's buttons. */
export type ReviewItem = { card: StudyCard; outcomes: Record<Rating, string> }

/** Counts and series for the progress view. Days are the user's local calendar days as YYYY-MM-DD. */
export type StudyProgress = {
  dueNow: number
  dueToday: number
  /** Cards coming due on each of the next 7 days (today first). */
  dueByDay: { day: string; count: number }[]
  /** Answers given on each of the last 30 days (oldest first). */
  reviewsByDay: { day: string; count: number }[]
  /** Share of reviews of cards in review (not learning) that were not "Again", over the last 30 days; null if none. */
  trueRetention: number | null
  retentionSample: number
  totalCards: number
  desiredRetention: number
}

/** Study settings the user can change. */
export type StudySettings = { desiredRetention: number }

/** The desired retention FSRS aims at unless the user changes it. */
export const defaultDesiredRetention = 0.9
