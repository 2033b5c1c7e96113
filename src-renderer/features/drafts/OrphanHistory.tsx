import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import { shorten } from '../../ui/excerpt'
import { CandidateButtons } from './CandidateButtons'

/**
 * For an annotation the newest draft could not place: where it was last seen ("draft 2, ¶12"), its text there,
 * and the places that fit about equally, each one click away. Nothing for an annotation without carry-over.
 */
export function OrphanHistory({ annotation }: { annotation: Annotation }) {
  const { t } = useTranslation()
  const carryOver = annotation.carryOver
  if (!carryOver || carryOver.class !== 'orphaned') return null
  const label = carryOver.previousParagraphLabel
  // Carried "backwards" only by an undone import: it was made on that later draft, which no longer exists.
  const undone = carryOver.fromDraft > carryOver.toDraft
  return (
    <div className="orphan-history">
      <p className="orphan-history__seen">
        {undone
          ? t('drafts.changed.madeOnUndone', { draft: carryOver.fromDraft })
          : label
            ? t('drafts.changed.lastSeen', { draft: carryOver.fromDraft, label })
            : t('drafts.changed.lastSeenNoLabel', { draft: carryOver.fromDraft })}
      </p>
      {carryOver.previousExact !== annotation.target.exact ? (
        <q className="orphan-history__old">{shorten(carryOver.previousExact, 200)}</q>
      ) : null}
      {carryOver.candidates.length > 0 ? (
        <CandidateButtons
          annotationId={annotation.id}
          quote={shorten(carryOver.previousExact, 40)}
          candidates={carryOver.candidates}
        />
      ) : null}
    </div>
  )
}
