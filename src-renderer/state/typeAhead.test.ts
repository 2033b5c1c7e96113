// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { peekTypeAhead, startTypeAhead, stopTypeAhead, takeTypeAhead } from './typeAhead'

function press(key: string, modifiers: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, cancelable: true, bubbles: true, ...modifiers })
  document.body.dispatchEvent(event)
  return event
}

describe('keys typed while the comment box is opening', () => {
  afterEach(stopTypeAhead)

  it('are held for the box, with Backspace and Ctrl+Enter, and kept from the page behind it', () => {
    startTypeAhead()
    for (const key of 'Quan trọng') expect(press(key).defaultPrevented).toBe(true)
    press('Backspace')
    press('g')
    press('Enter', { ctrlKey: true })
    expect(takeTypeAhead()).toEqual({ text: 'Quan trọng', submit: true })
  })

  it('are let through again once the box has taken them, and shortcuts are never held', () => {
    startTypeAhead()
    expect(press('z', { ctrlKey: true }).defaultPrevented).toBe(false)
    press('a')
    takeTypeAhead()
    expect(press('b').defaultPrevented).toBe(false)
    expect(peekTypeAhead()).toEqual({ text: '', submit: false })
  })
})
