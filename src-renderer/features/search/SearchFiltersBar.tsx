import { useTranslation } from 'react-i18next'
import { searchKinds, type SearchFilters, type SearchKind } from '@common/api/searchApi'
import { annotationColors, type AnnotationColor } from '@common/model/annotation'
import { useStore } from '../../state/createStore'
import { searchStore, updateSearch } from '../../state/searchStore'

/** Narrow the search by document, tag, colour, author and kind of result. */
export function SearchFiltersBar() {
  const { t } = useTranslation()
  const { filters, facets } = useStore(searchStore)
  const change = (patch: Partial<SearchFilters>) => {
    const next = { ...filters, ...patch }
    for (const key of Object.keys(next) as (keyof SearchFilters)[]) if (next[key] === undefined) delete next[key]
    void updateSearch({ filters: next })
  }
  const kind = filters.kinds?.[0] ?? ''
  return (
    <fieldset className="search__filters">
      <legend className="visually-hidden">{t('search.filters.legend')}</legend>
      <label>
        {t('search.filters.kind')}
        <select
          value={kind}
          onChange={(event) => change({ kinds: event.target.value ? [event.target.value as SearchKind] : undefined })}
        >
          <option value="">{t('search.filters.any')}</option>
          {searchKinds.map((each) => (
            <option key={each} value={each}>
              {t(`search.kinds.${each}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('search.filters.document')}
        <select
          value={filters.documentId ?? ''}
          onChange={(event) => change({ documentId: event.target.value || undefined })}
        >
          <option value="">{t('search.filters.any')}</option>
          {facets?.documents.map((document) => (
            <option key={document.id} value={document.id}>
              {document.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('search.filters.tag')}
        <select value={filters.tagId ?? ''} onChange={(event) => change({ tagId: event.target.value || undefined })}>
          <option value="">{t('search.filters.any')}</option>
          {facets?.tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('search.filters.color')}
        <select
          value={filters.color ?? ''}
          onChange={(event) => change({ color: (event.target.value || undefined) as AnnotationColor | undefined })}
        >
          <option value="">{t('search.filters.any')}</option>
          {annotationColors.map((color) => (
            <option key={color} value={color}>
              {t(`search.colors.${color}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('search.filters.author')}
        <select value={filters.author ?? ''} onChange={(event) => change({ author: event.target.value || undefined })}>
          <option value="">{t('search.filters.any')}</option>
          {facets?.authors.map((author) => (
            <option key={author} value={author}>
              {author}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  )
}
