// @vitest-environment jsdom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { setupI18n } from '../../i18n/setup'
import { announce, clearMessage } from '../../state/annotationMessages'
import { AnnotationStatusLine } from './AnnotationStatusLine'

const calls = vi.hoisted(() => [] as string[])
vi.mock('../../api/client', () => ({
  api: new Proxy(
    {},
    {
      get: (_target, channel: string) => () => {
        calls.push(channel)
        return Promise.resolve({ removed: 3 })
      },
    },
  ),
  onMainEvent: () => () => {},
}))

// React's act() warns unless the environment says it is a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

beforeAll(async () => {
  await setupI18n('en')
})
afterEach(() => {
  calls.length = 0
  clearMessage()
})

async function renderLine(): Promise<{ element: HTMLElement; unmount: () => void }> {
  const element = document.createElement('div')
  document.body.replaceChildren(element)
  const view = createRoot(element)
  await act(async () => view.render(<AnnotationStatusLine />))
  return { element, unmount: () => act(() => view.unmount()) }
}

const button = (element: HTMLElement, text: string) =>
  [...element.querySelectorAll('button')].find((each) => each.textContent === text)

describe('after deleting a comment thread', () => {
  it('offers to remove it from the backups too, and says when that is done', async () => {
    const { element, unmount } = await renderLine()
    await act(async () =>
      announce('annotations.deleted.message', undefined, { offersUndo: true, offersBackupErase: true }),
    )
    expect(element.textContent).toContain('Annotation deleted.')
    const erase = button(element, 'Also remove from backups')
    expect(erase?.title).toMatch(/Backups taken before now still hold/)
    await act(async () => erase!.click())
    expect(calls).toEqual(['app.eraseDeletedFromBackups'])
    expect(element.textContent).toBe('Removed from the backups too: they were replaced by one taken now.')
    unmount()
  })

  it('offers it after deleting one comment as well, beside Undo', async () => {
    const { element, unmount } = await renderLine()
    await act(async () =>
      announce('annotations.deleted.comment', undefined, { offersUndo: true, offersBackupErase: true }),
    )
    expect(element.textContent).toContain('Comment deleted.')
    expect(button(element, 'Undo')).toBeDefined()
    expect(button(element, 'Also remove from backups')).toBeDefined()
    unmount()
  })

  it('does not offer it for news that deleted nothing', async () => {
    const { element, unmount } = await renderLine()
    await act(async () => announce('annotations.undo.done', { action: 'annotations.undo.delete' }))
    expect(button(element, 'Also remove from backups')).toBeUndefined()
    unmount()
  })
})
