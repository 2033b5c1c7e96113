import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SearchGroup, SearchHit } from '@common/api/searchApi'
import { showTagCollection } from '../../state/searchStore'
import { HighlightedSnippet } from './HighlightedSnippet'

/** Hits shown per document at first, and how many more each "Show more" adds. */
const firstPage = 10
const pageSize = 25

type SearchGroupHitsProps = {
  group: SearchGroup
  onOpen: (documentId: string, hit: SearchHit) => void
}

/**
 * One document's hits, paged: the best first, then "Show N more" until every match counted in the heading is
 * listed. Paging keeps a long result list quick to draw and easy to read; nothing counted is out of reach.
 */
export function SearchGroupHits({ group, onOpen }: SearchGroupHitsProps) {
  const { t } = useTranslation()
  // Paging starts again with each new answer (a new query or filter), even for the same document.
  const [paging, setPaging] = useState({ group, shown: firstPage })
  const shown = paging.group === group ? paging.shown : firstPage
  const remaining = group.hits.length - shown
  return (
    <>
      <ul className="search-group__hits">
        {group.hits.slice(0, shown).map((hit, index) => (
          <li key={index} className="search-hit">
            <button type="button" className="search-hit__open" onClick={() => onOpen(group.documentId, hit)}>
              <span className="search-hit__meta">
                <span className="search-hit__kind">{t(`search.fields.${hit.field}`)}</span>
                {hit.paragraphLabel ? (
                  <span className="search-hit__paragraph">{t('search.paragraph', { label: hit.paragraphLabel })}</span>
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
      {remaining > 0 ? (
        <button
          type="button"
          className="button button--quiet search-group__more"
          onClick={() => setPaging({ group, shown: shown + pageSize })}
        >
          {t('search.showMore', { count: Math.min(pageSize, remaining), remaining })}
        </button>
      ) : null}
    </>
  )
}
