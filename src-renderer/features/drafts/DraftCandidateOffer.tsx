import { useTranslation } from 'react-i18next'
import type { DraftCandidate } from '@common/model/draft'

type DraftCandidateOfferProps = {
  candidate: DraftCandidate
  busy: boolean
  onImport: () => void
}

/** In the import preview: "this looks like a later draft of «title»", with the button that imports it as one. */
export function DraftCandidateOffer({ candidate, busy, onImport }: DraftCandidateOfferProps) {
  const { t } = useTranslation()
  const title = candidate.document.title
  return (
    <div className="draft-offer" role="note">
      <p>{t('drafts.preview.candidate', { title, percent: Math.round(candidate.sharedParagraphs * 100) })}</p>
      <button type="button" className="button button--primary" disabled={busy} onClick={onImport}>
        {t('drafts.preview.asDraft', { draft: candidate.nextDraft, title })}
      </button>
    </div>
  )
}
