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

/**
 * The annotation's cards that no longer match it: passage moved or question comment edited (the panel offers to
 * update or keep them), or question comment deleted (the panel offers to retire or keep them).
 */
export async function staleCards(id: string): Promise<StudyCard[]> {
  return (await cardsOf(id)).filter(
    (card) => card.status !== 'retired' && (card.annotationChanged || card.questionRemoved),
  )
}

/** What the user chose for stale cards: remake their text, keep it and stop asking, or stop reviewing them. */
export type StaleCardsChoice = 'update' | 'keep' | 'retire'

/** Act on the user's choice for these cards. */
export async function settleStaleCards(cards: StudyCard[], choice: StaleCardsChoice): Promise<void> {
  if (choice === 'retire') {
    await api['study.retireCards'](cards.map((card) => card.id))
    return
  }
  for (const card of cards) await api[choice === 'update' ? 'study.refreshCard' : 'study.keepCardText'](card.id)
}

/** Call `listener` whenever study cards change (reviewed, refreshed elsewhere, following their annotation). */
export function followStudyCards(listener: () => void): () => void {
  return onMainEvent('study.didChange', listener)
}
