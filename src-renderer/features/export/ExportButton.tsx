import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ExportDialog } from './ExportDialog'

/** The header's "Export…" button: enabled while a document is open; opens the export dialog for it. */
export function ExportButton({ documentId }: { documentId: string | null }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={documentId === null}
        title={documentId === null ? t('export.openHint') : undefined}
        onClick={() => setOpen(true)}
      >
        {t('export.open')}
      </button>
      {documentId !== null ? <ExportDialog open={open} onClose={() => setOpen(false)} documentId={documentId} /> : null}
    </>
  )
}
