import { useTranslation } from 'react-i18next'
import { openDialog } from '../../state/dialogStore'
import { useOpenDocumentId } from './openDocument'

/** The header's "Export…" button: enabled while a document is open; opens the export dialog for it. */
export function ExportButton() {
  const { t } = useTranslation()
  const documentId = useOpenDocumentId()
  return (
    <button
      type="button"
      className="button"
      disabled={documentId === null}
      title={documentId === null ? t('export.openHint') : undefined}
      onClick={() => openDialog('export', { tagName: null })}
    >
      {t('export.open')}
    </button>
  )
}
