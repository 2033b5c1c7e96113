import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'

type PopupMenuProps = {
  /** The menu's accessible name. */
  label: string
  /** Where it opens, in viewport pixels. */
  x: number
  y: number
  className: string
  onClose: () => void
  /** The items: buttons with role="menuitem". */
  children: ReactNode
}

/**
 * A small menu at a point (a context menu, the overlapping-highlights picker), driven as menus are: the first item is
 * focused on opening; ↑/↓ wrap, Home/End go to the ends; Escape or focus leaving closes it.
 */
export function PopupMenu({ label, x, y, className, onClose, children }: PopupMenuProps) {
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
    else if (event.key === 'Home') items[0]?.focus()
    else if (event.key === 'End') items.at(-1)?.focus()
    else return
    // The keys belong to the menu: the library list or the reader behind it must not act on them too.
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div
      ref={menu}
      className={className}
      role="menu"
      aria-label={label}
      style={{ top: y, left: x }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!menu.current?.contains(event.relatedTarget as Node)) onClose()
      }}
    >
      {children}
    </div>
  )
}
