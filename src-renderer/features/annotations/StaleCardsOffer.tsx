import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import type { StudyCard } from '@common/study/card'
import { followStudyCards, settleStaleCards, staleCards, type StaleCardsChoice } from '../../state/annotationCards'
import { announce, attempt } from '../../state/annotationMessages'
import { ChoiceLine } from '../../ui/ChoiceLine'

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
    const stop = followStudyCards(load)
    return () => {
      live = false
      stop()
    }
    // Reload when the annotation itself changes (a re-attach replaces the object).
  }, [annotation])

  if (stale.length === 0) return null
  const settle = (cards: StudyCard[], choice: StaleCardsChoice) =>
    void attempt(async () => {
      await settleStaleCards(cards, choice)
      setStale((current) => current.filter((card) => !cards.includes(card)))
      if (choice === 'retire') announce('annotations.staleCards.retired', { count: cards.length })
    })
  // A question whose comment is gone cannot be remade: those cards are offered retirement instead of an update.
  const offers = [
    { cards: stale.filter((card) => !card.questionRemoved), message: 'message', act: 'update' },
    { cards: stale.filter((card) => card.questionRemoved), message: 'removedMessage', act: 'retire' },
  ] as const
  return (
    <div className="thread__stale-cards" role="group" aria-label={t('annotations.staleCards.label')}>
      {offers
        .filter(({ cards }) => cards.length > 0)
        .map(({ cards, message, act }) => (
          <ChoiceLine
            key={act}
            message={t(`annotations.staleCards.${message}`, { count: cards.length })}
            choices={[
              { label: t(`annotations.staleCards.${act}`), onChoose: () => settle(cards, act), quiet: true },
              { label: t('annotations.staleCards.keep'), onChoose: () => settle(cards, 'keep'), quiet: true },
            ]}
          />
        ))}
    </div>
  )
}
