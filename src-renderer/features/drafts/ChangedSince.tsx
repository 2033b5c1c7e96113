import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import { acknowledgeChange } from '../../state/draftActions'
import { attempt } from '../../state/annotationMessages'
import { excerpt } from '../../ui/excerpt'
import { Redline } from './Redline'
import { wordRedline } from './wordRedline'

/**
 * On an annotation card whose passage changed in a later draft: the word-level redline old → new and "Mark as
 * seen", which clears the badge (resolving the thread does not).
 */
export function ChangedSince({ annotation }: { annotation: Annotation }) {
  const { t } = useTranslation()
  const changed = annotation.carryOver?.changedSince ?? null
  const segments = useMemo(
    () => (changed ? wordRedline(changed.exact, annotation.target.exact) : []),
    [changed, annotation.target.exact],
  )
  if (!changed) return null
  return (
    <div className="card__changed">
      <p className="card__redline">
        <Redline segments={segments} label={t('drafts.changed.redlineLabel', { draft: changed.draft })} />
      </p>
      <button
        type="button"
        className="button button--small"
        aria-label={t('drafts.changed.acknowledgeNamed', { quote: excerpt(annotation, 40) })}
        onClick={() => void attempt(() => acknowledgeChange(annotation.id))}
      >
        {t('drafts.changed.acknowledge')}
      </button>
    </div>
  )
}

/** The badge beside the ¶ number: "Changed since draft N" (text, not only a colour). */
export function ChangedBadge({ annotation }: { annotation: Annotation }) {
  const { t } = useTranslation()
  const changed = annotation.carryOver?.changedSince
  if (!changed) return null
  return <span className="card__badge card__badge--changed">{t('drafts.changed.badge', { draft: changed.draft })}</span>
}
