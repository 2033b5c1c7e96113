import { memo, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { annotationColors, type AnnotationColor } from '@common/model/annotation'
import { useMyAuthorId } from '../../state/teamIdentity'
import { authorHue, authorKey } from './authorColor'
import { noFilter, type AnnotationFilter, type FilterCounts } from './annotationFilters'

type FilterBarProps = {
  filter: AnnotationFilter
  counts: FilterCounts
  shown: number
  total: number
  onChange: (filter: AnnotationFilter) => void
}

/**
 * Text, colour, tag, author, status and has-comment filters, and (once colleagues' work is here) conflicts and what
 * the last merge brought; each choice with how many it would show. Each author's name is in their own colour.
 * Memoised: it draws again when the filter or its counts change, not when the panel does for another reason.
 */
export const FilterBar = memo(function FilterBar({ filter, counts, shown, total, onChange }: FilterBarProps) {
  const { t } = useTranslation()
  const myAuthorId = useMyAuthorId()
  const set = (patch: Partial<AnnotationFilter>) => onChange({ ...filter, ...patch })
  const tags = [...counts.tags.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name))
  const authors = [...counts.authors.entries()].sort((a, b) => a[0].localeCompare(b[0]))
  return (
    <div className="filters" role="search" aria-label={t('annotations.filters.label')}>
      <input
        type="search"
        className="filters__text"
        aria-label={t('annotations.filters.text')}
        placeholder={t('annotations.filters.text')}
        value={filter.text}
        onChange={(event) => set({ text: event.target.value })}
      />
      <div className="filters__row">
        <select
          aria-label={t('annotations.filters.color')}
          value={filter.color ?? ''}
          onChange={(event) => set({ color: (event.target.value || null) as AnnotationColor | null })}
        >
          <option value="">{t('annotations.filters.anyColor')}</option>
          {annotationColors.map((color) => (
            <option key={color} value={color}>
              {t('annotations.filters.option', {
                name: t(`annotations.colors.${color}`),
                count: counts.colors.get(color) ?? 0,
              })}
            </option>
          ))}
        </select>
        <select
          aria-label={t('annotations.filters.tag')}
          value={filter.tagId ?? ''}
          onChange={(event) => set({ tagId: event.target.value || null })}
        >
          <option value="">{t('annotations.filters.anyTag')}</option>
          {tags.map(([id, { name, count }]) => (
            <option key={id} value={id}>
              {t('annotations.filters.option', { name, count })}
            </option>
          ))}
        </select>
        <select
          aria-label={t('annotations.filters.author')}
          value={filter.author ?? '\u0000'}
          onChange={(event) => set({ author: event.target.value === '\u0000' ? null : event.target.value })}
        >
          <option value={'\u0000'}>{t('annotations.filters.anyAuthor')}</option>
          {authors.map(([author, count]) => {
            const key = authorKey(counts.authorIds.get(author), myAuthorId)
            const name = author || t('annotations.card.noAuthor')
            return (
              <option
                key={author}
                value={author}
                className="author__option"
                style={{ '--author-hue': authorHue(key) } as CSSProperties}
              >
                {t('annotations.filters.option', {
                  name: key === '' ? t('annotations.author.you', { name }) : name,
                  count,
                })}
              </option>
            )
          })}
        </select>
        <select
          aria-label={t('annotations.filters.status')}
          value={filter.status}
          onChange={(event) => set({ status: event.target.value as AnnotationFilter['status'] })}
        >
          <option value="any">{t('annotations.filters.anyStatus')}</option>
          <option value="open">{t('annotations.filters.statusOpen', { count: counts.open })}</option>
          <option value="resolved">{t('annotations.filters.statusResolved', { count: counts.resolved })}</option>
        </select>
        <label className="filters__check">
          <input
            type="checkbox"
            checked={filter.hasComment}
            onChange={(event) => set({ hasComment: event.target.checked })}
          />
          {t('annotations.filters.hasComment', { count: counts.withComment })}
        </label>
        {counts.changed > 0 || filter.changed ? (
          <label className="filters__check">
            <input
              type="checkbox"
              checked={filter.changed}
              onChange={(event) => set({ changed: event.target.checked })}
            />
            {counts.changedSinceDraft === null
              ? t('drafts.changed.filterAny', { count: counts.changed })
              : t('drafts.changed.filter', { draft: counts.changedSinceDraft, count: counts.changed })}
          </label>
        ) : null}
        {counts.conflicts > 0 || filter.conflicts ? (
          <label className="filters__check">
            <input
              type="checkbox"
              checked={filter.conflicts}
              onChange={(event) => set({ conflicts: event.target.checked })}
            />
            {t('annotations.filters.conflicts', { count: counts.conflicts })}
          </label>
        ) : null}
        {counts.arrived > 0 || filter.arrived ? (
          <label className="filters__check">
            <input
              type="checkbox"
              checked={filter.arrived}
              onChange={(event) => set({ arrived: event.target.checked })}
            />
            {t('annotations.filters.arrived', { count: counts.arrived })}
          </label>
        ) : null}
      </div>
      <div className="filters__summary">
        <span role="status">{t('annotations.filters.shown', { shown, total })}</span>
        {shown !== total ? (
          <button type="button" className="button button--quiet" onClick={() => onChange(noFilter)}>
            {t('annotations.filters.clear')}
          </button>
        ) : null}
      </div>
    </div>
  )
})
