import { useTranslation } from 'react-i18next'
import type { SearchHit } from '@common/api/searchApi'
import { useStore } from '../../state/createStore'
import { revealPassage } from '../../state/readerNavigation'
import { closeSearch, searchStore, showTagCollection } from '../../state/searchStore'
import { HighlightedSnippet } from './HighlightedSnippet'
import { StudyTheseButton } from '../study/StudyTheseButton'

/** Results grouped by document, best first; choosing one opens the document at the passage and flashes it. */
export function SearchResults() {
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
          <ul className="search-group__hits">
            {group.hits.map((hit, index) => (
              <li key={index} className="search-hit">
                <button type="button" className="search-hit__open" onClick={() => open(group.documentId, hit)}>
                  <span className="search-hit__meta">
                    <span className="search-hit__kind">{t(`search.fields.${hit.field}`)}</span>
                    {hit.paragraphLabel ? (
                      <span className="search-hit__paragraph">
                        {t('search.paragraph', { label: hit.paragraphLabel })}
                      </span>
                    ) : null}
                    {hit.annotation ? (
                      <span className={`search-hit__color search-hit__color--${hit.annotation.color}`}>
                        {t(`search.colors.${hit.annotation.color}`)}
                      </span>
                    ) : null}
                    {hit.comment?.author || hit.annotation?.author ? (
                      <span className="search-hit__author">{hit.comment?.author || hit.annotation?.author}</span>
                    ) : null}
                  </span>
                  <HighlightedSnippet snippet={hit.snippet} />
                </button>
                {hit.annotation && hit.annotation.tags.length > 0 ? (
                  <span className="search-hit__tags">
                    {hit.annotation.tags.map((tag) => (
                      <button
                        key={tag.id}
                        type="button"
                        className="search-tag"
                        onClick={() => void showTagCollection(tag.id)}
                        aria-label={t('search.showTag', { name: tag.name })}
                      >
                        #{tag.name}
                      </button>
                    ))}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
