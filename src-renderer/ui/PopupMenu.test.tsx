// @vitest-environment jsdom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import { PopupMenu } from './PopupMenu'

// React's act() warns unless the environment says it is a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

async function openMenu(onClose: () => void, onBehind: () => void) {
  const element = document.createElement('div')
  document.body.replaceChildren(element)
  // What lies behind the menu (the reader's and the window's shortcuts) listens on the document.
  document.addEventListener('keydown', onBehind)
  const view = createRoot(element)
  await act(async () =>
    view.render(
      <PopupMenu label="Actions" className="menu" x={10} y={20} onClose={onClose}>
        {['Open', 'Rename', 'Delete'].map((name) => (
          <button key={name} type="button" role="menuitem">
            {name}
          </button>
        ))}
      </PopupMenu>,
    ),
  )
  const press = (key: string) =>
    act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
    })
  const focused = () => document.activeElement?.textContent
  const unmount = () => {
    document.removeEventListener('keydown', onBehind)
    act(() => view.unmount())
  }
  return { press, focused, unmount }
}

describe('a popup menu', () => {
  it('focuses its first item, moves with the arrows (wrapping), Home and End, and keeps those keys to itself', async () => {
    const behind = vi.fn()
    const menu = await openMenu(() => {}, behind)
    expect(menu.focused()).toBe('Open')
    await menu.press('ArrowDown')
    expect(menu.focused()).toBe('Rename')
    await menu.press('End')
    expect(menu.focused()).toBe('Delete')
    await menu.press('ArrowDown')
    expect(menu.focused()).toBe('Open')
    await menu.press('ArrowUp')
    expect(menu.focused()).toBe('Delete')
    await menu.press('Home')
    expect(menu.focused()).toBe('Open')
    expect(behind).not.toHaveBeenCalled()
    menu.unmount()
  })

  it('closes on Escape', async () => {
    const onClose = vi.fn()
    const menu = await openMenu(onClose, () => {})
    await menu.press('Escape')
    expect(onClose).toHaveBeenCalledTimes(1)
    menu.unmount()
  })
})
