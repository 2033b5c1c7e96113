import { useTranslation } from 'react-i18next'
import { PopupMenu } from '../../ui/PopupMenu'

/** One entry of the library item's context menu. */
export type MenuEntry = { label: string; run: () => void; shortcut?: string }

type LibraryItemMenuProps = { title: string; entries: MenuEntry[]; x: number; y: number; onClose: () => void }

/**
 * The context menu of a library item (right click, the Menu key or Shift+F10): a small keyboard-driven menu with
 * what can be done to the document, "Import new draft…" among it.
 */
export function LibraryItemMenu({ title, entries, x, y, onClose }: LibraryItemMenuProps) {
  const { t } = useTranslation()
  return (
    <PopupMenu
      label={t('drafts.actions.contextMenu', { title })}
      className="highlight-picker library-menu"
      x={x}
      y={y}
      onClose={onClose}
    >
      {entries.map((entry) => (
        <button
          key={entry.label}
          type="button"
          role="menuitem"
          aria-keyshortcuts={entry.shortcut?.replace('Ctrl', 'Control')}
          className="highlight-picker__item"
          onClick={() => {
            onClose()
            entry.run()
          }}
        >
          {entry.label}
          {entry.shortcut ? <kbd className="library-menu__shortcut">{entry.shortcut}</kbd> : null}
        </button>
      ))}
    </PopupMenu>
  )
}
