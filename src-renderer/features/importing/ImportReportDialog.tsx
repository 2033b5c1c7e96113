import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { clearImportReport, importAgain, importReport, type ImportEntry } from '../../state/importStore'
import { openDocument } from '../../state/readerStore'
import { Dialog } from '../../ui/Dialog'
import { errorMessage } from '../../ui/errorMessage'
import { ImportWarnings } from './ImportWarnings'

/** Several files imported at once: each file's own result (imported, refused and why, or already there). */
export function ImportReportDialog() {
  const { t } = useTranslation()
  const entries = useStore(importReport)
  const working = entries.some((entry) => entry.outcome.status === 'working')
  return (
    <Dialog title={t('importing.report.title')} open={entries.length > 0} onClose={clearImportReport}>
      <p className="form__note" role="status">
        {working
          ? t('importing.report.working')
          : t('importing.report.summary', {
              imported: entries.filter((entry) => entry.outcome.status === 'imported').length,
              count: entries.length,
            })}
      </p>
      <ul className="import-report" aria-label={t('importing.report.listLabel')}>
        {entries.map((entry) => (
          <ReportEntry key={entry.id} entry={entry} />
        ))}
      </ul>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={clearImportReport}>
          {t('importing.report.close')}
        </button>
      </div>
    </Dialog>
  )
}

function ReportEntry({ entry }: { entry: ImportEntry }) {
  const { t } = useTranslation()
  const { outcome } = entry
  return (
    <li className={`import-report__entry import-report__entry--${outcome.status}`}>
      <span className="import-report__name">{entry.file.name}</span>
      {outcome.status === 'working' ? <span>{t('importing.report.importing')}</span> : null}
      {outcome.status === 'imported' ? (
        <>
          <span>{t('importing.report.imported', { title: outcome.document.title })}</span>
          <ImportWarnings warnings={outcome.warnings} />
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              clearImportReport()
              void openDocument(outcome.document.id)
            }}
          >
            {t('importing.report.open', { title: outcome.document.title })}
          </button>
        </>
      ) : null}
      {outcome.status === 'refused' ? (
        <span className="import-report__reason">
          {t('importing.report.refused', { reason: errorMessage(t, outcome.error) })}
        </span>
      ) : null}
      {outcome.status === 'duplicate' ? (
        <>
          <span>{errorMessage(t, outcome.error)}</span>
          <button type="button" className="button button--small" onClick={() => void importAgain(entry.id)}>
            {t('importing.report.importAgain', { name: entry.file.name })}
          </button>
        </>
      ) : null}
    </li>
  )
}
