import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { fileAcceptList } from '@common/model/importFormats'
import { openDialog } from '../../state/dialogStore'
import { importFiles } from '../../state/importStore'
import { onMenuCommand } from '../../state/menuCommands'
import { readFiles } from './readFiles'
import { useFileDrop } from './useFileDrop'

/**
 * Every way in: the Import button and Ctrl+O (a file picker), dropping files on the window, the menu's commands,
 * and a new document from pasted text. One file gets a preview first; several are imported and reported each.
 */
export function ImportControls() {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)

  const choose = useCallback(() => input.current?.click(), [])

  const receive = useCallback(async (files: File[]) => {
    const read = await readFiles(files)
    if (read.length === 1) openDialog('importPreview', { file: read[0]! })
    else if (read.length > 1) await importFiles(read)
  }, [])

  const dropping = useFileDrop(useCallback((files: File[]) => void receive(files), [receive]))

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault()
        choose()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    const stopCommands = [
      onMenuCommand('import', choose),
      onMenuCommand('newFromClipboard', () => openDialog('clipboard', {})),
    ]
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      for (const stop of stopCommands) stop()
    }
  }, [choose])

  return (
    <div className="import-controls">
      <button type="button" className="button" onClick={choose} title={t('importing.actions.importShortcut')}>
        {t('importing.actions.import')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => openDialog('clipboard', {})}>
        {t('importing.actions.fromClipboard')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('importing.actions.fileInput')}
        accept={fileAcceptList()}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? [])
          // Reset so choosing the same file again still fires a change.
          event.target.value = ''
          void receive(files)
        }}
      />
      {dropping ? (
        <div className="drop-overlay" role="status">
          <p>{t('importing.drop')}</p>
        </div>
      ) : null}
    </div>
  )
}
