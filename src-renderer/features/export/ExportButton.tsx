import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { closeExport, exportStore, openExport } from '../../state/exportStore'
import { ExportDialog } from './ExportDialog'

/**
 * The header's "Export…" button: enabled while a document is open; opens the export dialog for it. The dialog
 * itself lives here for every opener (a tag collection opens it too, with or without a document open).
 */
export function ExportButton({ documentId }: { documentId: string | null }) {
  const { t } = useTranslation()
  const { open, tagName } = useStore(exportStore)
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={documentId === null}
        title={documentId === null ? t('export.openHint') : undefined}
        onClick={() => openExport()}
      >
        {t('export.open')}
      </button>
      <ExportDialog open={open} onClose={closeExport} documentId={documentId} tagName={tagName} />
    </>
  )
}
