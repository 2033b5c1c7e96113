import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { DraftReport, DraftReportItem } from '@common/model/draft'
import { attempt } from '../../state/annotationMessages'
import { setReattaching } from '../../state/annotationSelection'
import { acknowledgeChange } from '../../state/draftActions'
import { closeDraftReport } from '../../state/draftReport'
import { revealPassage } from '../../state/readerNavigation'
import { shorten } from '../../ui/excerpt'
import { CandidateButtons } from './CandidateButtons'
import { Redline } from './Redline'
import { wordRedline } from './wordRedline'

/** What the user did with one report line in this sitting. */
export type ItemOutcome = 'accepted' | 'moved'

type DraftReportItemProps = {
  report: DraftReport
  item: DraftReportItem
  outcome: ItemOutcome | null
  onOutcome: (outcome: ItemOutcome) => void
}

/** One reworded or unplaced annotation in the draft report: old text, new text as a redline, and what to do. */
export function DraftReportItemView({ report, item, outcome, onOutcome }: DraftReportItemProps) {
  const { t } = useTranslation()
  const quote = shorten(item.oldExact, 40)
  const segments = useMemo(
    () => (item.newExact === null ? [] : wordRedline(item.oldExact, item.newExact)),
    [item.oldExact, item.newExact],
  )
  const placed = item.newStart !== null && item.newEnd !== null
  const reveal = () => {
    if (item.newStart === null || item.newEnd === null) return
    closeDraftReport()
    revealPassage(report.documentId, item.newStart, item.newEnd)
  }
  const reattachByHand = () => {
    closeDraftReport()
    setReattaching(item.annotationId)
  }

  return (
    <li className={`draft-report__item draft-report__item--${item.class}`} data-annotation-id={item.annotationId}>
      <p className="draft-report__item-head">
        <span className="draft-report__class">{t(`drafts.classes.${item.class}`)}</span>
        {item.reattached ? (
          <span>{t('drafts.report.placedByHand')}</span>
        ) : item.class === 'reworded' ? (
          <span>{t('drafts.report.confidence', { percent: Math.round(item.confidence * 100) })}</span>
        ) : null}
      </p>
      <p className="draft-report__text draft-report__text--old">
        <span className="draft-report__side">
          {t('drafts.report.oldText', { draft: report.fromDraft })}
          {item.oldParagraphLabel ? ` · ${t('drafts.report.paragraph', { label: item.oldParagraphLabel })}` : ''}
        </span>
        <q>{item.oldExact}</q>
      </p>
      {item.newExact !== null ? (
        <p className="draft-report__text draft-report__text--new">
          <span className="draft-report__side">
            {t('drafts.report.newText', { draft: report.toDraft })}
            {item.newParagraphLabel ? ` · ${t('drafts.report.paragraph', { label: item.newParagraphLabel })}` : ''}
          </span>
          <Redline segments={segments} />
        </p>
      ) : (
        <p className="draft-report__orphan">{t('drafts.report.orphanNote')}</p>
      )}
      {outcome ? (
        <p role="status" className="draft-report__outcome">
          {t(outcome === 'accepted' ? 'drafts.report.accepted' : 'drafts.report.moved')}
        </p>
      ) : null}
      {item.candidates.length > 0 && outcome !== 'moved' ? (
        <CandidateButtons
          annotationId={item.annotationId}
          quote={quote}
          candidates={item.candidates}
          onMoved={() => onOutcome('moved')}
        />
      ) : null}
      <div className="draft-report__actions">
        {placed && !outcome ? (
          <button
            type="button"
            className="button button--small button--primary"
            aria-label={t('drafts.report.acceptNamed', { quote })}
            onClick={() =>
              void attempt(async () => {
                await acknowledgeChange(item.annotationId)
                onOutcome('accepted')
              })
            }
          >
            {t('drafts.report.accept')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small"
          aria-label={t('drafts.report.reattachNamed', { quote })}
          onClick={reattachByHand}
        >
          {t('drafts.report.reattach')}
        </button>
        {placed ? (
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={t('drafts.report.revealNamed', { quote })}
            onClick={reveal}
          >
            {t('drafts.report.reveal')}
          </button>
        ) : null}
      </div>
    </li>
  )
}
