import { useTranslation } from 'react-i18next'
import type { PlacementCandidate } from '@common/model/draft'
import { reattachAnnotation } from '../../state/annotationActions'
import { attempt } from '../../state/annotationMessages'
import { setReattaching } from '../../state/annotationSelection'
import { shorten } from '../../ui/excerpt'

type CandidateButtonsProps = {
  annotationId: string
  /** A short form of the annotation's old text, for the buttons' spoken names. */
  quote: string
  candidates: readonly PlacementCandidate[]
  onMoved?: () => void
}

/**
 * The places that fit an unplaced annotation about equally, none chosen for the user: each with its ¶ number and
 * text, and a button that attaches the annotation there (undoable like any re-attach).
 */
export function CandidateButtons({ annotationId, quote, candidates, onMoved }: CandidateButtonsProps) {
  const { t } = useTranslation()
  return (
    <div className="candidates">
      <p className="candidates__title">{t('drafts.report.candidates')}</p>
      <ul className="candidates__list">
        {candidates.map((candidate, index) => {
          const place = candidate.paragraphLabel
            ? t('drafts.report.candidatePlace', { label: candidate.paragraphLabel })
            : t('drafts.report.candidateNoLabel', { index: index + 1 })
          const text = shorten(candidate.exact, 60)
          return (
            <li key={`${candidate.start}-${candidate.end}`} className="candidates__item">
              <button
                type="button"
                className="button button--small"
                aria-label={t('drafts.report.moveToNamed', { quote, place, text })}
                onClick={() =>
                  void attempt(async () => {
                    await reattachAnnotation(annotationId, candidate.start, candidate.end)
                    setReattaching(null)
                    onMoved?.()
                  })
                }
              >
                {t('drafts.report.moveTo', { place })}
              </button>
              <q className="candidates__text">{text}</q>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
