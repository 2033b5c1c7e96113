import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { carryOverClasses, type DraftReport } from '@common/model/draft'
import { useStore } from '../../state/createStore'
import { closeDraftReport, draftReportStore } from '../../state/draftReport'
import { Dialog } from '../../ui/Dialog'
import { errorMessage } from '../../ui/errorMessage'
import { DraftReportItemView, type ItemOutcome } from './DraftReportItem'

/**
 * After a draft import (and whenever reopened from the reader): how many annotations fell in each class, how the
 * paragraphs changed, then each reworded and unplaced annotation with its old and new text, to accept, move,
 * re-attach or show.
 */
export function DraftReportDialog() {
  const { t } = useTranslation()
  const state = useStore(draftReportStore)
  const title =
    state.status === 'open'
      ? t('drafts.report.title', { draft: state.report.toDraft, title: state.report.title })
      : t('drafts.actions.report')
  return (
    <Dialog title={title} open={state.status !== 'closed'} onClose={closeDraftReport}>
      <div className="draft-report">
        {state.status === 'loading' ? <p role="status">{t('drafts.report.loading')}</p> : null}
        {state.status === 'failed' ? (
          <p className="form__error" role="alert">
            {errorMessage(t, state.error)}
          </p>
        ) : null}
        {state.status === 'open' ? <ReportBody key={`${state.report.revisionId}`} report={state.report} /> : null}
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={closeDraftReport}>
            {t('drafts.report.close')}
          </button>
        </div>
      </div>
    </Dialog>
  )
}

function ReportBody({ report }: { report: DraftReport }) {
  const { t } = useTranslation()
  const [outcomes, setOutcomes] = useState<Record<string, ItemOutcome>>({})
  const review = report.items.filter((item) => item.class === 'reworded' || item.class === 'orphaned')
  return (
    <>
      <p className="form__note">{t('drafts.report.summary', { from: report.fromDraft, to: report.toDraft })}</p>
      <ul className="draft-report__counts" aria-label={t('drafts.report.countsLabel')}>
        {carryOverClasses.map((name) => (
          <li key={name} className={`draft-report__count draft-report__count--${name}`}>
            <span className="draft-report__count-name">{t(`drafts.classes.${name}`)}</span>
            <span className="draft-report__count-value">{report.counts[name]}</span>
          </li>
        ))}
      </ul>
      <p className="form__note">{t('drafts.report.paragraphs', report.paragraphs)}</p>
      {review.length === 0 ? (
        <p role="status">{t('drafts.report.nothingToReview')}</p>
      ) : (
        <ul className="draft-report__items" aria-label={t('drafts.report.itemsLabel')}>
          {review.map((item) => (
            <DraftReportItemView
              key={item.annotationId}
              report={report}
              item={item}
              outcome={outcomes[item.annotationId] ?? null}
              onOutcome={(outcome) => setOutcomes((current) => ({ ...current, [item.annotationId]: outcome }))}
            />
          ))}
        </ul>
      )}
    </>
  )
}
