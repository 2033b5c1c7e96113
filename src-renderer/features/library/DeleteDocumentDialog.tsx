import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { closeDialog, useDialog } from '../../state/dialogStore'
import { deleteDocument, eraseDeletedFromBackups } from '../../state/libraryStore'
import { closeDocument, currentDocumentId } from '../../state/readerStore'
import { Dialog } from '../../ui/Dialog'
import { errorMessage } from '../../ui/errorMessage'

/** Ask before deleting; the library then offers Undo. */
export function DeleteDocumentDialog() {
  const { t } = useTranslation()
  const summary = useDialog('deleteDocument')?.summary ?? null
  const onClose = () => closeDialog('deleteDocument')
  const [error, setError] = useState<string | null>(null)
  const [fromBackups, setFromBackups] = useState(false)

  const confirm = async () => {
    if (!summary) return
    try {
      await deleteDocument(summary)
      if (fromBackups) await eraseDeletedFromBackups()
      if (currentDocumentId() === summary.id) closeDocument()
      setError(null)
      setFromBackups(false)
      onClose()
    } catch (failure) {
      setError(errorMessage(t, failure))
    }
  }

  return (
    <Dialog title={t('library.delete.title')} open={summary !== null} onClose={onClose}>
      <p>{t('library.delete.question', { title: summary?.title ?? '' })}</p>
      <p className="form__note">
        {t('library.delete.annotations', { count: summary?.annotationCount ?? 0 })} {t('library.delete.undoHint')}
      </p>
      <p className="form__note">{t('library.delete.backupsNote')}</p>
      <div className="form__choices">
        <label>
          <input
            type="checkbox"
            checked={fromBackups}
            onChange={(event) => setFromBackups(event.currentTarget.checked)}
          />
          {t('library.delete.fromBackups')}
        </label>
      </div>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('library.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={() => void confirm()}>
          {t('library.delete.confirm')}
        </button>
      </div>
    </Dialog>
  )
}
