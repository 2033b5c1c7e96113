import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import { attempt } from '../../state/annotationMessages'
import { setAnnotationPrivate } from '../../state/teamActions'

/** Keep an annotation on this computer only: it never goes into a file for colleagues or to the team's server. */
export function PrivateToggle({ annotation }: { annotation: Annotation }) {
  const { t } = useTranslation()
  return (
    <label className="card__private">
      <input
        type="checkbox"
        checked={annotation.private === true}
        onChange={(event) => void attempt(() => setAnnotationPrivate(annotation.id, event.target.checked))}
      />
      <span>{t('team.private')}</span>
    </label>
  )
}
