import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportFile } from '@common/api/documentsApi'
import { fileAcceptList } from '@common/model/importFormats'
import { importFiles } from '../../state/importStore'
import { onMenuCommand } from '../../state/menuCommands'
import { ClipboardDialog } from './ClipboardDialog'
import { ImportPreviewDialog } from './ImportPreviewDialog'
import { ImportReportDialog } from './ImportReportDialog'
import { readFiles } from './readFiles'
import { useFileDrop } from './useFileDrop'

/**
 * Every way in: the Import button and Ctrl+O (a file picker), dropping files on the window, the menu's commands,
 * and a new document from pasted text. One file gets a preview first; several are imported and reported each.
 */
export function ImportControls() {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [previewFile, setPreviewFile] = useState<ImportFile | null>(null)
  const [clipboardOpen, setClipboardOpen] = useState(false)

  const choose = useCallback(() => input.current?.click(), [])

  const receive = useCallback(async (files: File[]) => {
    const read = await readFiles(files)
    if (read.length === 1) setPreviewFile(read[0]!)
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
      onMenuCommand('newFromClipboard', () => setClipboardOpen(true)),
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
      <button type="button" className="button button--quiet" onClick={() => setClipboardOpen(true)}>
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
      <ImportPreviewDialog file={previewFile} onClose={() => setPreviewFile(null)} />
      <ImportReportDialog />
      <ClipboardDialog open={clipboardOpen} onClose={() => setClipboardOpen(false)} />
    </div>
  )
}
