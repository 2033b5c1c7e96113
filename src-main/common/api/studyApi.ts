import { z } from 'zod'
import {
  cardKinds,
  type CardKind,
  type CardPreview,
  type CardProposal,
  type ClozeGrouping,
  type Rating,
  type ReviewItem,
  type StudyCard,
  type StudyProgress,
  type StudySettings,
} from '../study/card'
import type { ArgSchemas } from './callMap'

/** What an Anki export hands back: the file name to offer and its text. */
export type AnkiExport = { fileName: string; text: string; cardCount: number }

export type StudyApi = {
  /** Create cards of `kind` from annotations (one cloze card per highlight); returns the cards created. */
  'study.createCards': (annotationIds: string[], kind: CardKind) => StudyCard[]
  /** The cards a choice of annotations would make, before creating them (refusals say why one cannot). */
  'study.previewCards': (annotationIds: string[], kind: CardKind, grouping: ClozeGrouping) => CardPreview
  /** Create the cards the user kept from a preview, with their edited text. */
  'study.createFromProposals': (proposals: CardProposal[]) => StudyCard[]
  /** Every active card due now, soonest first. */
  'study.due': () => StudyCard[]
  /** The next card to review with when each answer would bring it back, or null when nothing is due. */
  'study.next': () => ReviewItem | null
  /** Record an answer (1 Again, 2 Hard, 3 Good, 4 Easy); returns the card with its next `due`. */
  'study.answer': (cardId: string, rating: Rating) => StudyCard
  /** Take back the most recent answer; returns the card as it was before it, or null when there is none. */
  'study.undoAnswer': () => StudyCard | null
  /** The cards made from an annotation (for "update or retire its cards"). */
  'study.cardsForAnnotation': (annotationId: string) => StudyCard[]
  /** Remake a card's text from its annotations as they are now (after the annotation was edited). */
  'study.refreshCard': (cardId: string) => StudyCard
  /** Keep a card's text although its annotation changed (stop offering the update). */
  'study.keepCardText': (cardId: string) => StudyCard
  /** Stop reviewing cards (a question card whose comment was deleted), keeping their review logs; returns how many. */
  'study.retireCards': (cardIds: string[]) => number
  /** Delete cards and their review logs for good; returns how many went. */
  'study.deleteCards': (cardIds: string[]) => number
  /**
   * Due counts, reviews per day and true retention, with days counted in the user's local time: `utcOffsetMinutes`
   * is minutes east of UTC (Vietnam +420), as `-new Date().getTimezoneOffset()` gives; UTC when left out.
   */
  'study.progress': (utcOffsetMinutes?: number) => StudyProgress
  /** The study settings. */
  'study.getSettings': () => StudySettings
  /** Change the retention FSRS aims at (0.7–0.99). */
  'study.updateSettings': (settings: StudySettings) => StudySettings
  /** Every active card as an Anki deck file (cloze notes with a source field and tags). */
  'study.exportAnki': () => AnkiExport
}

const id = z.string().uuid()
const ids = z.array(id).min(1).max(10_000)
const kind = z.enum(cardKinds)
const proposalSchema = z
  .object({
    kind,
    annotationIds: ids.max(100),
    prompt: z.string().trim().min(1).max(10_000),
    answer: z.string().max(10_000),
    suggestedKind: kind,
  })
  .strict()

export const studyArgs: ArgSchemas<StudyApi> = {
  'study.createCards': z.tuple([ids, kind]),
  'study.previewCards': z.tuple([ids, kind, z.enum(['separate', 'combined'])]),
  'study.createFromProposals': z.tuple([z.array(proposalSchema).min(1).max(10_000)]),
  'study.due': z.tuple([]),
  'study.next': z.tuple([]),
  'study.answer': z.tuple([id, z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])]),
  'study.undoAnswer': z.tuple([]),
  'study.cardsForAnnotation': z.tuple([id]),
  'study.refreshCard': z.tuple([id]),
  'study.keepCardText': z.tuple([id]),
  'study.retireCards': z.tuple([ids]),
  'study.deleteCards': z.tuple([ids]),
  'study.progress': z.tuple([
    z
      .number()
      .int()
      .min(-14 * 60)
      .max(14 * 60)
      .optional(),
  ]),
  'study.getSettings': z.tuple([]),
  'study.updateSettings': z.tuple([z.object({ desiredRetention: z.number().min(0.7).max(0.99) }).strict()]),
  'study.exportAnki': z.tuple([]),
}

export type StudyEvents = {
  /** Cards were created, answered, edited or deleted, or their annotations changed. */
  'study.didChange': { cardIds: string[] }
}
