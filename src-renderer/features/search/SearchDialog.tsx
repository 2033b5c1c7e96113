import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { closeSearch, searchStore, showSearchView } from '../../state/searchStore'
import { Dialog } from '../../ui/Dialog'
import { errorMessage } from '../../ui/errorMessage'
import { SearchFiltersBar } from './SearchFiltersBar'
import { SearchForm } from './SearchForm'
import { SearchResults } from './SearchResults'
import { TagCollectionView } from './TagCollectionView'
import { useSearchShortcuts } from './useSearchShortcuts'
import '../../styles/search.css'

/** The library-wide search window: a query with filters and grouped results, or one tag's collection. */
export function SearchDialog() {
  const { t } = useTranslation()
  const state = useStore(searchStore)
  useSearchShortcuts()
  return (
    <Dialog title={t('search.title')} open={state.open} onClose={closeSearch}>
      <div className="search">
        <div className="search__tabs" role="tablist" aria-label={t('search.title')}>
          {(['search', 'tags'] as const).map((view) => (
            <button
              key={view}
              type="button"
              role="tab"
              aria-selected={state.view === view}
              className={`button button--quiet${state.view === view ? ' button--selected' : ''}`}
              onClick={() => showSearchView(view)}
            >
              {t(`search.views.${view}`)}
            </button>
          ))}
          <button type="button" className="button button--quiet search__close" onClick={closeSearch}>
            {t('search.close')}
          </button>
        </div>
        {state.error ? (
          <p className="search__error" role="alert">
            {errorMessage(t, state.error)}
          </p>
        ) : null}
        {state.view === 'search' ? (
          <>
            <SearchForm />
            <SearchFiltersBar />
            <SearchResults />
          </>
        ) : (
          <TagCollectionView />
        )}
      </div>
    </Dialog>
  )
}
