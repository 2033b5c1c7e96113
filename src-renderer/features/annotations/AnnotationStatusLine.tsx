import { useTranslation } from 'react-i18next'
import { annotationMessages, attempt } from '../../state/annotationMessages'
import { eraseDeletedFromBackupsAndSay } from '../../state/backupErasure'
import { useStore } from '../../state/createStore'
import { errorMessage } from '../../ui/errorMessage'
import { undoLast } from './useAnnotationShortcuts'

/**
 * The panel's live line: what an annotation action just did or why it failed, with Undo after a deletion and the
 * offer to remove what was deleted from the backups too (they were taken before it and still hold it).
 */
export function AnnotationStatusLine() {
  const { t } = useTranslation()
  const message = useStore(annotationMessages)
  return (
    <div className="annotation-panel__live" role={message?.kind === 'error' ? 'alert' : 'status'}>
      {message?.kind === 'error'
        ? errorMessage(t, message.error)
        : message
          ? t(message.key, {
              ...message.params,
              action: typeof message.params?.action === 'string' ? t(message.params.action) : '',
            })
          : ''}
      {message?.kind === 'info' && message.offersUndo ? (
        <button
          type="button"
          className="button button--quiet annotation-panel__undo"
          onClick={() => void attempt(undoLast)}
        >
          {t('annotations.deleted.undo')}
        </button>
      ) : null}
      {message?.kind === 'info' && message.offersBackupErase ? (
        <button
          type="button"
          className="button button--quiet annotation-panel__erase-backups"
          title={t('annotations.deleted.fromBackupsHint')}
          onClick={() => void attempt(eraseDeletedFromBackupsAndSay)}
        >
          {t('annotations.deleted.fromBackups')}
        </button>
      ) : null}
    </div>
  )
}
