import { useTranslation } from 'react-i18next'
import type { IncomingSummary } from '@common/model/incomingAnnotation'

/**
 * What the file brings besides its text, said before anything is stored: how many comments (or PDF highlights and
 * notes) by how many people come in as annotations. Tracked changes accepted and annotations that cannot be placed
 * are report lines (ImportWarnings), so the import report repeats them after the import.
 */
export function IncomingSummaryNote({ summary }: { summary: IncomingSummary | undefined }) {
  const { t } = useTranslation()
  if (!summary) return null
  const people = t('importing.preview.people', { count: summary.people })
  return (
    <ul className="import-warnings" aria-label={t('importing.preview.incomingLabel')}>
      {summary.annotations > 0 ? (
        <li>
          {summary.comments > 0
            ? t('importing.preview.incomingComments', { count: summary.comments, people })
            : t('importing.preview.incomingMarkup', { count: summary.annotations, people })}
        </li>
      ) : null}
    </ul>
  )
}
