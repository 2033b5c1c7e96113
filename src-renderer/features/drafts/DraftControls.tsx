import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { openDialog } from '../../state/dialogStore'
import { draftImportRequest, requestDraftImport } from '../../state/draftImport'
import { onMenuCommand } from '../../state/menuCommands'
import { readerStore } from '../../state/readerStore'
import { readFiles } from '../importing/readFiles'

/** The keyboard shortcut of "Import new draft…" (also shown in the menus). */
function isDraftImportShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'd'
}

/**
 * Every way into "Import new draft…" (library item, reader tools, the native menu, Ctrl+Shift+D) ends here: a
 * file picker, then the import preview in "draft of «title»" mode.
 */
export function DraftControls() {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const request = useStore(draftImportRequest)
  const target = request?.target ?? null

  useEffect(() => {
    if (request) input.current?.click()
  }, [request])

  const requestForOpenDocument = useCallback(() => {
    const reader = readerStore.get()
    if (reader.status === 'open') requestDraftImport(reader.detail.summary)
  }, [])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isDraftImportShortcut(event)) return
      event.preventDefault()
      requestForOpenDocument()
    }
    window.addEventListener('keydown', onKeyDown)
    const stopCommands = onMenuCommand('importDraft', requestForOpenDocument)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      stopCommands()
    }
  }, [requestForOpenDocument])

  return (
    <input
      ref={input}
      type="file"
      className="visually-hidden"
      tabIndex={-1}
      aria-label={t('drafts.actions.fileInput')}
      accept=".txt,.text,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf"
      onChange={(event) => {
        const chosen = Array.from(event.target.files ?? []).slice(0, 1)
        // Reset so choosing the same file again still fires a change.
        event.target.value = ''
        if (!target || chosen.length === 0) return
        void readFiles(chosen).then(([file]) => file && openDialog('importPreview', { file, draftOf: target }))
      }}
    />
  )
}
