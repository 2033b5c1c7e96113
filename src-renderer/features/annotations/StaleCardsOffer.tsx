import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import type { StudyCard } from '@common/study/card'
import { followStudyCards, settleStaleCards, staleCards } from '../../state/annotationCards'
import { attempt } from '../../state/annotationMessages'

/** "N study cards use the old text — Update cards / Keep", under an open annotation whose passage changed. */
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
  const settle = (update: boolean) =>
    void attempt(async () => {
      await settleStaleCards(stale, update)
      setStale([])
    })
  return (
    <div className="thread__stale-cards" role="group" aria-label={t('annotations.staleCards.label')}>
      <span>{t('annotations.staleCards.message', { count: stale.length })}</span>{' '}
      <button type="button" className="button button--quiet" onClick={() => settle(true)}>
        {t('annotations.staleCards.update')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => settle(false)}>
        {t('annotations.staleCards.keep')}
      </button>
    </div>
  )
}
