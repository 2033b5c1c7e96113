import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** One entry of the library item's context menu. */
export type MenuEntry = { label: string; run: () => void; shortcut?: string }

type LibraryItemMenuProps = { title: string; entries: MenuEntry[]; x: number; y: number; onClose: () => void }

/**
 * The context menu of a library item (right click, the Menu key or Shift+F10): a small keyboard-driven menu with
 * what can be done to the document, "Import new draft…" among it.
 */
export function LibraryItemMenu({ title, entries, x, y, onClose }: LibraryItemMenuProps) {
  const { t } = useTranslation()
  const menu = useRef<HTMLDivElement>(null)
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus()
  }, [])

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    if (event.key === 'Escape') onClose()
    else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus()
    else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus()
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div
      ref={menu}
      className="highlight-picker library-menu"
      role="menu"
      aria-label={t('drafts.actions.contextMenu', { title })}
      style={{ top: y, left: x }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!menu.current?.contains(event.relatedTarget as Node)) onClose()
      }}
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
    </div>
  )
}
