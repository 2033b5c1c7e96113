import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { closeStudy, showStudyTab, studyStore } from '../../state/studyStore'
import { Dialog } from '../../ui/Dialog'
import { ProgressView } from './ProgressView'
import { ReviewScreen } from './ReviewScreen'

/** The study window: the review screen and the progress view, as two tabs. */
export function StudyDialog() {
  const { t } = useTranslation()
  const { open, tab } = useStore(studyStore)
  return (
    <Dialog title={t('study.title')} open={open} onClose={closeStudy}>
      <div className="study">
        <div className="study__tabs" role="tablist">
          {(['review', 'progress'] as const).map((each) => (
            <button
              key={each}
              type="button"
              role="tab"
              aria-selected={tab === each}
              className={`button button--quiet study__tab${tab === each ? ' study__tab--current' : ''}`}
              onClick={() => showStudyTab(each)}
            >
              {t(`study.tabs.${each}`)}
            </button>
          ))}
          <button type="button" className="button button--quiet study__close" onClick={closeStudy}>
            {t('study.close')}
          </button>
        </div>
        {tab === 'review' ? <ReviewScreen /> : <ProgressView />}
      </div>
    </Dialog>
  )
}
