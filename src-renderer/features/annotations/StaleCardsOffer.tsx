import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import type { StudyCard } from '@common/study/card'
import { onMainEvent } from '../../api/client'
import { settleStaleCards, staleCards, type StaleCardsChoice } from '../../state/annotationCards'
import { announce, attempt } from '../../state/annotationMessages'

/**
 * Under an open annotation whose cards no longer match it: "N study cards use the old text — Update cards / Keep"
 * (passage moved, or the comment a question card asks was edited), and "N study cards ask the comment that was
 * deleted — Retire cards / Keep".
 */
export function StaleCardsOffer({ annotation }: { annotation: Annotation }) {
  const { t } = useTranslation()
  const [stale, setStale] = useState<StudyCard[]>([])

  useEffect(() => {
    let live = true
    const load = () =>
      void staleCards(annotation.id).then(
        (cards) => live && setStale(cards),
        () => live && setStale([]),
      )
    load()
    // Cards change when they are reviewed, refreshed elsewhere or follow their annotation.
    const stop = onMainEvent('study.didChange', load)
    return () => {
      live = false
      stop()
    }
    // Reload when the annotation itself changes (a re-attach replaces the object).
  }, [annotation])

  if (stale.length === 0) return null
  // A question whose comment is gone cannot be remade: those cards are offered retirement instead of an update.
  const removed = stale.filter((card) => card.questionRemoved)
  const changed = stale.filter((card) => !card.questionRemoved)
  const settle = (cards: StudyCard[], choice: StaleCardsChoice) =>
    void attempt(async () => {
      await settleStaleCards(cards, choice)
      setStale((current) => current.filter((card) => !cards.includes(card)))
      if (choice === 'retire') announce('annotations.staleCards.retired', { count: cards.length })
    })
  return (
    <div className="thread__stale-cards" role="group" aria-label={t('annotations.staleCards.label')}>
      {changed.length > 0 ? (
        <p>
          <span>{t('annotations.staleCards.message', { count: changed.length })}</span>{' '}
          <button type="button" className="button button--quiet" onClick={() => settle(changed, 'update')}>
            {t('annotations.staleCards.update')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => settle(changed, 'keep')}>
            {t('annotations.staleCards.keep')}
          </button>
        </p>
      ) : null}
      {removed.length > 0 ? (
        <p>
          <span>{t('annotations.staleCards.removedMessage', { count: removed.length })}</span>{' '}
          <button type="button" className="button button--quiet" onClick={() => settle(removed, 'retire')}>
            {t('annotations.staleCards.retire')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => settle(removed, 'keep')}>
            {t('annotations.staleCards.keep')}
          </button>
        </p>
      ) : null}
    </div>
  )
}
