// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { closeDialog, openDialog, useDialog } from './dialogStore'

/** Stands in for two dialogs: each shows what it was opened for, or nothing while closed. */
function TwoDialogs() {
  const exporting = useDialog('export')
  const managing = useDialog('tagManager')
  return (
    <>
      {exporting ? <p data-dialog="export">{exporting.tagName ?? 'document'}</p> : null}
      {managing ? <p data-dialog="tagManager">tags</p> : null}
    </>
  )
}

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | null = null
const host = document.createElement('div')

function shown(): string[] {
  return [...host.querySelectorAll('[data-dialog]')].map(
    (each) => `${each.getAttribute('data-dialog')}:${each.textContent}`,
  )
}

afterEach(() => {
  act(() => {
    closeDialog('export')
    closeDialog('tagManager')
    root?.unmount()
  })
  root = null
})

describe('the dialog store', () => {
  it('opens a dialog with what it is for, keeps two open at once, and closes each on its own', () => {
    act(() => {
      root = createRoot(host)
      root.render(<TwoDialogs />)
    })
    expect(shown()).toEqual([])
    act(() => openDialog('tagManager', {}))
    act(() => openDialog('export', { tagName: 'năng lượng' }))
    expect(shown()).toEqual(['export:năng lượng', 'tagManager:tags'])
    act(() => closeDialog('tagManager'))
    expect(shown()).toEqual(['export:năng lượng'])
    // Opened again from elsewhere (the header's Export… button): it shows the new request.
    act(() => openDialog('export', { tagName: null }))
    expect(shown()).toEqual(['export:document'])
    act(() => closeDialog('export'))
    act(() => closeDialog('export'))
    expect(shown()).toEqual([])
  })
})
