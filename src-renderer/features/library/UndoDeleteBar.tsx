import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { dismissUndo, recentlyDeleted, undoDelete } from '../../state/libraryStore'
import { errorMessage } from '../../ui/errorMessage'

/** Right after a delete: what was deleted, and the way back. */
export function UndoDeleteBar() {
  const { t } = useTranslation()
  const deleted = useStore(recentlyDeleted)
  const [error, setError] = useState<string | null>(null)
  if (!deleted)
    return error ? (
      <p className="form__error" role="alert">
        {error}
      </p>
    ) : null

  const undo = async () => {
    try {
      setError(null)
      await undoDelete()
    } catch (failure) {
      setError(errorMessage(t, failure))
    }
  }

  return (
    <div className="undo-bar" role="status">
      <span>{t('library.undo.deleted', { title: deleted.title })}</span>
      <button type="button" className="button" onClick={() => void undo()}>
        {t('library.undo.undo')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('library.undo.dismiss')}
        onClick={dismissUndo}
      >
        ×
      </button>
    </div>
  )
}
