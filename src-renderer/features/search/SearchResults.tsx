import { useTranslation } from 'react-i18next'
import type { SearchHit } from '@common/api/searchApi'
import { useStore } from '../../state/createStore'
import { revealPassage } from '../../state/readerNavigation'
import { closeSearch, searchStore } from '../../state/searchStore'
import { SearchGroupHits } from './SearchGroupHits'
import { StudyTheseButton } from '../study/StudyTheseButton'

/**
 * Results grouped by document, best first, every match reachable (each group pages its hits); choosing one opens
 * the document at the passage and flashes it.
 */
export function SearchResults() {
  const { response } = useStore(searchStore)
  if (!response) return null
  return (
    <>
      {response.pendingDocuments > 0 ? <IndexingNotice count={response.pendingDocuments} /> : null}
      <ResultList />
    </>
  )
}

/** A long text just imported is still being indexed: say so rather than let its words look absent. */
function IndexingNotice({ count }: { count: number }) {
  const { t } = useTranslation()
  return (
    <p className="search__status" role="status">
      {t('search.status.indexing', { count })}
    </p>
  )
}

function ResultList() {
  const { t } = useTranslation()
  const { response, text } = useStore(searchStore)
  if (!response) return null
  if (response.status !== 'ok') {
    return (
      <p className="search__status" role="status">
        {t(`search.status.${response.status}`)}
      </p>
    )
  }
  if (response.groups.length === 0) {
    return (
      <p className="search__status" role="status">
        {t('search.status.noResults', { query: text })}
      </p>
    )
  }
  const open = (documentId: string, hit: SearchHit) => {
    closeSearch()
    revealPassage(documentId, hit.start, hit.end)
  }
  return (
    <div className="search__results" aria-label={t('search.resultsLabel')}>
      {response.truncated ? (
        <p className="search__status">
          {t(response.ranking === 'newest' ? 'search.status.newest' : 'search.status.truncated')}
        </p>
      ) : null}
      <StudyTheseButton
        annotationIds={response.groups.flatMap((group) =>
          group.hits.flatMap((hit) => (hit.annotation ? [hit.annotation.id] : [])),
        )}
      />
      {response.groups.map((group) => (
        <section key={group.documentId} className="search-group" aria-label={group.title}>
          <h3 className="search-group__title">
            {group.title}{' '}
            <span className="search-group__count">{t('search.matchCount', { count: group.hitCount })}</span>
          </h3>
          <SearchGroupHits group={group} onOpen={open} />
        </section>
      ))}
    </div>
  )
}
