import { useState, type KeyboardEvent, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentSummary } from '@common/model/document'
import { requestDraftImport } from '../../state/draftImport'
import { describeSummary } from './formatSummary'
import { LibraryItemMenu } from './LibraryItemMenu'
import { chooseColleagueFile, downloadForColleagues } from './colleagueFiles'

type LibraryItemProps = {
  summary: DocumentSummary
  isOpen: boolean
  onOpen: () => void
  onEdit: () => void
  onDelete: () => void
}

/**
 * One document in the library: its title opens it; F2 edits its details, Delete deletes it, Ctrl+Shift+D imports
 * a new draft of it.
 */
export function LibraryItem({ summary, isOpen, onOpen, onEdit, onDelete }: LibraryItemProps) {
  const { t, i18n } = useTranslation()
  const descriptionId = `library-item-${summary.id}`
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null)
  const menuEntries = [
    { label: t('drafts.actions.importDraft'), run: () => requestDraftImport(summary), shortcut: 'Ctrl+Shift+D' },
    { label: t('library.actions.edit'), run: onEdit, shortcut: 'F2' },
    { label: t('team.exportForColleagues'), run: () => void downloadForColleagues(summary.id) },
    { label: t('team.importFromColleague'), run: () => void chooseColleagueFile() },
    { label: t('library.actions.delete'), run: onDelete, shortcut: 'Delete' },
  ]

  const onContextMenu = (event: MouseEvent) => {
    event.preventDefault()
    setMenuAt({ x: event.clientX, y: event.clientY })
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'F2') onEdit()
    else if (event.key === 'Delete') onDelete()
    else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      const box = (event.target as HTMLElement).getBoundingClientRect()
      setMenuAt({ x: box.left + 8, y: box.bottom })
    } else if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'd') {
      // The window-wide shortcut acts on the open document; on a library item it means this one.
      event.stopPropagation()
      requestDraftImport(summary)
    } else return
    event.preventDefault()
  }

  return (
    <li
      className={isOpen ? 'library-item library-item--open' : 'library-item'}
      onKeyDown={onKeyDown}
      onContextMenu={onContextMenu}
    >
      <button
        type="button"
        className="library-item__open"
        aria-current={isOpen ? 'page' : undefined}
        aria-describedby={descriptionId}
        onClick={onOpen}
      >
        {summary.title}
      </button>
      <p className="library-item__meta" id={descriptionId}>
        {describeSummary(t, summary, i18n.language)}
      </p>
      <div className="library-item__actions">
        <button type="button" className="button button--small button--quiet" onClick={onEdit}>
          <span aria-hidden="true">{t('library.actions.edit')}</span>
          <span className="visually-hidden">{t('library.actions.editNamed', { title: summary.title })}</span>
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          title={t('drafts.actions.importDraftShortcut')}
          onClick={() => requestDraftImport(summary)}
        >
          <span aria-hidden="true">{t('drafts.actions.newDraft')}</span>
          <span className="visually-hidden">{t('drafts.actions.importDraftNamed', { title: summary.title })}</span>
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onDelete}>
          <span aria-hidden="true">{t('library.actions.delete')}</span>
          <span className="visually-hidden">{t('library.actions.deleteNamed', { title: summary.title })}</span>
        </button>
      </div>
      {menuAt ? (
        <LibraryItemMenu title={summary.title} entries={menuEntries} {...menuAt} onClose={() => setMenuAt(null)} />
      ) : null}
    </li>
  )
}
