// @vitest-environment jsdom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DocumentDetail } from '@common/api/documentsApi'
import type { Block } from '@common/model/document'
import { blockStartOffsets, canonicalText } from '@common/text/canonicalText'
import { readerStore } from '../../state/readerStore'
import { useSelectionKeys } from './useSelectionKeys'

const created = vi.hoisted(() => [] as { start: number; end: number; color: string }[])
vi.mock('../../state/annotationCreation', () => ({
  createAnnotationAtOnce: (draft: { start: number; end: number; color: string }) => {
    created.push({ start: draft.start, end: draft.end, color: draft.color })
    return 'provisional'
  },
}))

const blocks: Block[] = [
  { kind: 'paragraph', text: '1. Hai bên nhất trí tăng cường hợp tác năng lượng.' },
  { kind: 'paragraph', text: '2. Phía Nga ủng hộ dự án đường sắt.' },
]
const starts = blockStartOffsets(blocks)

function openReader(): HTMLElement {
  const revision = { id: 'r1', documentId: 'd1', number: 1, blocks, text: canonicalText(blocks) }
  readerStore.set({ status: 'open', detail: { summary: { id: 'd1' }, revision } as unknown as DocumentDetail })
  const reader = document.createElement('div')
  reader.innerHTML = blocks.map((block, index) => `<p data-block-index="${index}">${block.text}</p>`).join('')
  document.body.replaceChildren(reader)
  return reader
}

function Keys({ reader }: { reader: HTMLElement }) {
  useSelectionKeys('d1', reader, null, () => undefined)
  return null
}

// React's act() warns unless the environment says it is a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

afterEach(() => {
  created.length = 0
  document.getSelection()?.removeAllRanges()
})

describe('selection keys', () => {
  it('a colour key pressed the moment a selection is made highlights it, before any toolbar is drawn', async () => {
    const reader = openReader()
    const view = createRoot(document.createElement('div'))
    await act(async () => view.render(<Keys reader={reader} />))
    // Paragraph 1, selected as Ctrl+Shift+↓ leaves it: ending between the paragraphs.
    const range = document.createRange()
    range.setStart(reader.firstChild!.firstChild!, 0)
    range.setEnd(reader, 1)
    document.getSelection()!.addRange(range)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }))
    expect(created).toEqual([{ start: 0, end: starts[1], color: 'blue' }])
    // The selection is used up: the same key again highlights nothing more.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }))
    expect(created).toHaveLength(1)
    act(() => view.unmount())
  })

  it('keys do nothing without a selection in the reader', async () => {
    const reader = openReader()
    const view = createRoot(document.createElement('div'))
    await act(async () => view.render(<Keys reader={reader} />))
    const outside = document.createElement('p')
    outside.textContent = 'Một đoạn ngoài trình đọc'
    document.body.append(outside)
    const range = document.createRange()
    range.selectNodeContents(outside)
    document.getSelection()!.addRange(range)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true }))
    expect(created).toEqual([])
    act(() => view.unmount())
  })
})
