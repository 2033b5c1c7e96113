import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ratings, type Rating } from '@common/study/card'
import { useStore } from '../../state/createStore'
import {
  answerCard,
  closeStudy,
  resolveChangedCard,
  revealAnswer,
  showCardInText,
  studyStore,
  undoLastAnswer,
} from '../../state/studyStore'
import { ChoiceLine } from '../../ui/ChoiceLine'
import { errorMessage } from '../../ui/errorMessage'
import { typingInField } from '../../ui/typingInField'
import { intervalUntil } from './formatInterval'
import { ReviewCard } from './ReviewCard'

/**
 * The quiet review screen: one card, "Show answer" (Space), then Again / Hard / Good / Easy (1–4), each saying when
 * the card would come back; U or Ctrl+Z takes back the last answer. Only the current card is ever fetched.
 */
export function ReviewScreen() {
  const { t } = useTranslation()
  const { item, revealed, status, error, canUndo, progress, message } = useStore(studyStore)
  const undo = () => void undoLastAnswer(t('study.review.undone'))

  useEffect(() => {
    // Capture phase: these keys belong to the review while it is shown, not to the annotation shortcuts beneath.
    const onKeyDown = (event: KeyboardEvent) => {
      if (typingInField(event.target) || event.altKey) return
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      let handled = true
      if ((mod && key === 'z') || (!mod && key === 'u')) undo()
      else if (mod) handled = false
      else if (event.key === ' ' || event.key === 'Enter') revealAnswer()
      else if (['1', '2', '3', '4'].includes(event.key)) void answerCard(Number(event.key) as Rating)
      else handled = false
      if (handled) {
        event.preventDefault()
        event.stopImmediatePropagation()
      }
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const now = new Date().toISOString()
  return (
    <section className="study-review" aria-label={t('study.review.label')}>
      <p className="study-review__count" role="status">
        {t('study.review.dueCount', { count: progress?.dueNow ?? 0 })}
      </p>
      {message ? <p className="study-review__message">{message}</p> : null}
      {status === 'failed' || (error && status === 'ready') ? (
        <p className="form__error" role="alert">
          {errorMessage(t, error)}
        </p>
      ) : null}
      {item ? (
        <article className="study-card" data-card-id={item.card.id}>
          {item.card.questionRemoved || item.card.annotationChanged ? (
            // A question whose comment was deleted cannot be remade: it is offered retirement instead.
            <ChoiceLine
              className="study-card__changed"
              role="status"
              message={t(item.card.questionRemoved ? 'study.review.questionRemoved' : 'study.review.annotationChanged')}
              choices={[
                item.card.questionRemoved
                  ? { label: t('study.review.retireCard'), onChoose: () => void resolveChangedCard('retire') }
                  : { label: t('study.review.updateCard'), onChoose: () => void resolveChangedCard('update') },
                { label: t('study.review.keepCard'), onChoose: () => void resolveChangedCard('keep'), quiet: true },
              ]}
            />
          ) : null}
          <ReviewCard card={item.card} revealed={revealed} />
          <p className="study-card__source">
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                closeStudy()
                void showCardInText(item.card)
              }}
            >
              {t('study.review.showInText')}
            </button>{' '}
            {t('study.review.source', {
              title: item.card.documentTitle,
              label: item.card.sourceLabel.replace(/^¶/, ''),
            })}
          </p>
          {revealed ? (
            <div className="study-card__ratings">
              {ratings.map((rating) => {
                const wait = intervalUntil(now, item.outcomes[rating])
                return (
                  <button
                    key={rating}
                    type="button"
                    className={`button study-rating study-rating--${rating}`}
                    onClick={() => void answerCard(rating)}
                  >
                    <span className="study-rating__name">
                      {rating} · {t(`study.review.ratings.${rating}`)}
                    </span>
                    <span className="study-rating__when">
                      {t(`study.interval.${wait.unit}`, { count: wait.count })}
                    </span>
                  </button>
                )
              })}
            </div>
          ) : (
            <button type="button" className="button button--primary study-card__show" onClick={revealAnswer}>
              {t('study.review.showAnswer')} <kbd>{t('study.review.showAnswerKey')}</kbd>
            </button>
          )}
        </article>
      ) : status === 'ready' ? (
        <p className="study-review__done">{t('study.review.done')}</p>
      ) : null}
      <p className="study-review__keys">
        <button type="button" className="button button--quiet" disabled={!canUndo} onClick={undo}>
          {t('study.review.undo')}
        </button>{' '}
        {t('study.review.keys')}
      </p>
    </section>
  )
}
