import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { followStudyChanges, loadProgress, openStudy, studyStore } from '../../state/studyStore'
import './study.css'

/** The header's "Study" button with the number of cards due, and what the last study action said. */
export function StudyButton() {
  const { t } = useTranslation()
  const { progress, message, open } = useStore(studyStore)
  useEffect(() => {
    followStudyChanges()
    void loadProgress().catch(() => undefined)
  }, [])
  const due = progress?.dueNow ?? 0
  return (
    <>
      <button type="button" className="button study-button" onClick={() => openStudy()}>
        {due > 0 ? t('study.openWithCount', { count: due }) : t('study.open')}
      </button>
      {message && !open ? (
        <span className="study-button__message" role="status">
          {message}
        </span>
      ) : null}
    </>
  )
}
