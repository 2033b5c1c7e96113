import { useTranslation } from 'react-i18next'
import { openStudyPreview } from '../../state/studyPreviewStore'

/** "Study these…": propose review cards for a set of annotations (a document's, a tag's, a search's). */
export function StudyTheseButton({ annotationIds }: { annotationIds: readonly string[] }) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className="button button--quiet study-these"
      disabled={annotationIds.length === 0}
      title={t('study.theseHint')}
      onClick={() => void openStudyPreview([...new Set(annotationIds)])}
    >
      {t('study.these')}
    </button>
  )
}
