import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { exportAnkiDeck, saveDesiredRetention, studyStore } from '../../state/studyStore'
import { errorMessage } from '../../ui/errorMessage'
import { offerDownload } from '../../ui/download'
import { BarChart } from './BarChart'

/** Due counts, reviews per day and true retention, the desired-retention setting, and the Anki export. */
export function ProgressView() {
  const { t } = useTranslation()
  const { progress } = useStore(studyStore)
  const [retention, setRetention] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  if (!progress) return null
  const shownRetention = retention ?? String(Math.round(progress.desiredRetention * 100))
  const saveRetention = async () => {
    try {
      await saveDesiredRetention(Number(shownRetention) / 100)
      setRetention(null)
      setStatus(t('study.progress.saved'))
    } catch (error) {
      setStatus(errorMessage(t, error))
    }
  }
  const exportDeck = async () => {
    try {
      const deck = await exportAnkiDeck()
      offerDownload(new TextEncoder().encode(deck.text), deck.fileName, 'text/plain;charset=utf-8')
      setStatus(t('study.progress.exported', { count: deck.cardCount }))
    } catch (error) {
      setStatus(errorMessage(t, error))
    }
  }
  return (
    <section className="study-progress" aria-label={t('study.tabs.progress')}>
      <dl className="study-progress__numbers">
        <div>
          <dt>{t('study.progress.dueNow')}</dt>
          <dd data-testid="study-due-now">{progress.dueNow}</dd>
        </div>
        <div>
          <dt>{t('study.progress.dueToday')}</dt>
          <dd>{progress.dueToday}</dd>
        </div>
        <div>
          <dt>{t('study.progress.totalCards')}</dt>
          <dd>{progress.totalCards}</dd>
        </div>
        <div>
          <dt>{t('study.progress.retention')}</dt>
          <dd className={progress.trueRetention === null ? 'study-progress__none' : undefined}>
            {progress.trueRetention === null
              ? t('study.progress.retentionNone')
              : t('study.progress.retentionValue', {
                  percent: Math.round(progress.trueRetention * 100),
                  count: progress.retentionSample,
                })}
          </dd>
        </div>
      </dl>
      <div className="study-progress__charts">
        <BarChart label={t('study.progress.dueChart')} series={progress.dueByDay} today={0} color="#3b82f6" />
        <BarChart
          label={t('study.progress.reviewsChart')}
          series={progress.reviewsByDay}
          today={progress.reviewsByDay.length - 1}
          color="#16a34a"
        />
      </div>
      <form
        className="study-progress__setting"
        onSubmit={(event) => {
          event.preventDefault()
          void saveRetention()
        }}
      >
        <label>
          {t('study.progress.desiredRetention')}{' '}
          <input
            type="number"
            min={70}
            max={99}
            step={1}
            value={shownRetention}
            onChange={(event) => setRetention(event.target.value)}
          />{' '}
          %
        </label>
        <button type="submit" className="button">
          {t('study.progress.save')}
        </button>
        <p className="study-progress__hint">{t('study.progress.desiredRetentionHint')}</p>
      </form>
      <p>
        <button type="button" className="button" onClick={() => void exportDeck()}>
          {t('study.progress.exportAnki')}
        </button>
      </p>
      {status ? <p role="status">{status}</p> : null}
    </section>
  )
}
