import type { SearchFacets, SearchFilters, SearchResponse, TagCollection } from '@common/api/searchApi'
import { api, onMainEvent } from '../api/client'
import { createStore } from './createStore'

/** What the search window shows: a search, or one tag's collection of passages. */
export type SearchState = {
  open: boolean
  view: 'search' | 'tags'
  text: string
  matchDiacritics: boolean
  filters: SearchFilters
  response: SearchResponse | null
  /** A failed call, shown in the user's language; results stay as they were. */
  error: unknown
  facets: SearchFacets | null
  collection: TagCollection | null
}

const initial: SearchState = {
  open: false,
  view: 'search',
  text: '',
  matchDiacritics: false,
  filters: {},
  response: null,
  error: null,
  facets: null,
  collection: null,
}

/** The search window's state, outside React so the shortcut, the menu and the header button share it. */
export const searchStore = createStore<SearchState>(initial)

let latestRequest = 0

/** Open the search window (on the search view unless `view` says otherwise) and refresh the filter choices. */
export function openSearch(view: SearchState['view'] = 'search'): void {
  searchStore.set((state) => ({ ...state, open: true, view }))
  void api['search.listFacets']()
    .then((facets) => searchStore.set((state) => ({ ...state, facets })))
    .catch((error: unknown) => searchStore.set((state) => ({ ...state, error })))
}

/** Close the search window; the query and results stay for next time. */
export function closeSearch(): void {
  searchStore.set((state) => ({ ...state, open: false }))
}

/** Change the query or its options and run it; only the answer to the newest request is shown. */
export async function updateSearch(patch: Partial<Pick<SearchState, 'text' | 'matchDiacritics' | 'filters'>>) {
  searchStore.set((state) => ({ ...state, ...patch }))
  const { text, matchDiacritics, filters } = searchStore.get()
  const request = ++latestRequest
  if (text.trim() === '') {
    searchStore.set((state) => ({ ...state, response: null, error: null }))
    return
  }
  try {
    const response = await api['search.query']({ text, matchDiacritics, filters })
    if (request === latestRequest) searchStore.set((state) => ({ ...state, response, error: null }))
  } catch (error) {
    if (request === latestRequest) searchStore.set((state) => ({ ...state, error }))
  }
}

/** Show every passage carrying a tag. */
export async function showTagCollection(tagId: string): Promise<void> {
  searchStore.set((state) => ({ ...state, open: true, view: 'tags' }))
  try {
    const collection = await api['search.tagCollection'](tagId)
    searchStore.set((state) => ({ ...state, collection, error: null }))
  } catch (error) {
    searchStore.set((state) => ({ ...state, error }))
  }
}

/** Switch between the search and the tag collections. */
export function showSearchView(view: SearchState['view']): void {
  searchStore.set((state) => ({ ...state, view }))
}

/** Run the current search again (and reload the filter choices) if the search window is open. */
function refreshSearch(): void {
  if (!searchStore.get().open) return
  openSearch(searchStore.get().view)
  void updateSearch({})
  const tagId = searchStore.get().collection?.tag.id
  if (searchStore.get().view === 'tags' && tagId) void showTagCollection(tagId)
}

/**
 * Refresh open results whenever documents, annotations or tags change or a long text finishes indexing, so a result never points at a passage that
 * moved; returns the function that stops following.
 */
export function followSearchedData(): () => void {
  const stops = [
    onMainEvent('documents.didChange', refreshSearch),
    onMainEvent('annotations.didChange', refreshSearch),
    onMainEvent('tags.didChange', refreshSearch),
    // A long text finished indexing: its paragraphs can now be found.
    onMainEvent('search.didIndexText', refreshSearch),
  ]
  return () => stops.forEach((stop) => stop())
}
