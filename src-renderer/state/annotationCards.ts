import type { StudyCard } from '@common/study/card'
import { api, onMainEvent } from '../api/client'
import { storedId } from './pendingAnnotations'

/**
 * The study cards an annotation in the panel feeds: how many a delete would retire, and which ones still show the
 * passage as it was before the annotation was edited (re-attached, or moved by a new draft).
 */
async function cardsOf(id: string): Promise<StudyCard[]> {
  return api['study.cardsForAnnotation'](await storedId(id))
}

/** How many of the annotation's cards are still reviewed (those a delete retires). */
export async function liveCardCount(id: string): Promise<number> {
  return (await cardsOf(id)).filter((card) => card.status !== 'retired').length
}

/** The annotation's cards whose text no longer matches it (the panel offers to update or keep them). */
export async function staleCards(id: string): Promise<StudyCard[]> {
  return (await cardsOf(id)).filter((card) => card.status !== 'retired' && card.annotationChanged)
}

/** Remake the cards' text from the annotation as it is now (`update`), or keep their text and stop asking. */
export async function settleStaleCards(cards: StudyCard[], update: boolean): Promise<void> {
  for (const card of cards) await api[update ? 'study.refreshCard' : 'study.keepCardText'](card.id)
}

/** Call `listener` whenever study cards change (reviewed, refreshed elsewhere, following their annotation). */
export function followStudyCards(listener: () => void): () => void {
  return onMainEvent('study.didChange', listener)
}
