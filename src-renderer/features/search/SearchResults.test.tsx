// @vitest-environment jsdom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SearchResponse } from '@common/api/searchApi'
import { setupI18n } from '../../i18n/setup'
import { searchStore } from '../../state/searchStore'
import { SearchResults } from './SearchResults'

vi.mock('../../api/client', () => ({ api: {}, onMainEvent: () => () => {} }))

// React's act() warns unless the environment says it is a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const noMatches: SearchResponse = {
  status: 'ok',
  groups: [],
  ranking: 'relevance',
  truncated: false,
  pendingDocuments: 0,
}

async function renderResults(response: SearchResponse, language: 'en' | 'vi'): Promise<string> {
  await setupI18n(language)
  searchStore.set((state) => ({ ...state, text: 'cây bàng', response }))
  const element = document.createElement('div')
  document.body.replaceChildren(element)
  const view = createRoot(element)
  await act(async () => view.render(<SearchResults />))
  const text = element.textContent ?? ''
  act(() => view.unmount())
  return text
}

afterEach(() => searchStore.set((state) => ({ ...state, response: null, text: '' })))

describe('search results while a long text is still being indexed', () => {
  it('say that results may be incomplete, beside the answer, in English and Vietnamese', async () => {
    const english = await renderResults({ ...noMatches, pendingDocuments: 1 }, 'en')
    expect(english).toContain('Still indexing 1 document — results may be incomplete.')
    expect(english).toContain('Nothing in the library matches “cây bàng”')
    expect(await renderResults({ ...noMatches, pendingDocuments: 2 }, 'en')).toContain('Still indexing 2 documents')
    expect(await renderResults({ ...noMatches, pendingDocuments: 1 }, 'vi')).toContain(
      'Vẫn đang lập chỉ mục 1 tài liệu — kết quả có thể chưa đầy đủ.',
    )
  })

  it('say nothing about indexing once every text is indexed', async () => {
    expect(await renderResults(noMatches, 'en')).not.toContain('Still indexing')
  })
})
