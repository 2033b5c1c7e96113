import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade, State } from 'ts-fsrs'
import type { CardState, Rating } from './card'

/** A card's FSRS memory state as stored: the fields ts-fsrs reads and writes, with dates as ISO strings. */
export type Schedule = {
  due: string
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  state: CardState
  lastReview: string | null
}

/** One answer as the review log keeps it: enough to recompute the schedule from the start. */
export type ReviewEvent = { rating: Rating; reviewedAt: string; desiredRetention: number }

const stateNames: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
}
const stateValues: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
}

/** The schedule of a card created at `createdAt`: new, due at once. */
export function newSchedule(createdAt: string): Schedule {
  return fromFsrs(createEmptyCard(new Date(createdAt)))
}

/**
 * The schedule after answering `rating` at `reviewedAt`, by FSRS (ts-fsrs defaults, no fuzz so that the log replays
 * exactly) aiming at `desiredRetention`.
 */
export function nextSchedule(schedule: Schedule, event: ReviewEvent): Schedule {
  const scheduler = fsrs(generatorParameters({ request_retention: event.desiredRetention, enable_fuzz: false }))
  return fromFsrs(scheduler.next(toFsrs(schedule), new Date(event.reviewedAt), event.rating as Grade).card)
}

/** When each answer would bring the card back, answering now. */
export function previewDue(schedule: Schedule, now: string, desiredRetention: number): Record<Rating, string> {
  const at = (rating: Rating) => nextSchedule(schedule, { rating, reviewedAt: now, desiredRetention }).due
  return { 1: at(1), 2: at(2), 3: at(3), 4: at(4) }
}

/** Recompute a card's schedule from its creation and its review log (oldest answer first). */
export function replay(createdAt: string, events: ReviewEvent[]): Schedule {
  return events.reduce(nextSchedule, newSchedule(createdAt))
}

function toFsrs(schedule: Schedule): Card {
  return {
    due: new Date(schedule.due),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: schedule.elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: stateValues[schedule.state],
    ...(schedule.lastReview ? { last_review: new Date(schedule.lastReview) } : {}),
  }
}

function fromFsrs(card: Card): Schedule {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateNames[card.state],
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  }
}
