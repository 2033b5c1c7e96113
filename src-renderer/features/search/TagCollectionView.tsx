import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { openDialog } from '../../state/dialogStore'
import { revealPassage } from '../../state/readerNavigation'
import { closeSearch, searchStore, showTagCollection } from '../../state/searchStore'
import { StudyTheseButton } from '../study/StudyTheseButton'

/**
 * Choose a tag; see every passage carrying it across the library, with document, paragraph number and comments,
 * and export them as a briefing (the export dialog opens over this window, preset to the tag).
 */
export function TagCollectionView() {
  const { t } = useTranslation()
  const { facets, collection } = useStore(searchStore)
  const tags = facets?.tags ?? []
  return (
    <div className="tag-collection">
      <label className="tag-collection__picker">
        {t('search.tags.choose')}
        <select
          value={collection?.tag.id ?? ''}
          onChange={(event) => {
            if (event.target.value) void showTagCollection(event.target.value)
          }}
        >
          <option value="" disabled>
            {tags.length === 0 ? t('search.tags.none') : t('search.tags.placeholder')}
          </option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {t('search.tags.option', { name: tag.name, count: tag.count })}
            </option>
          ))}
        </select>
      </label>
      {collection ? (
        <section aria-label={t('search.tags.collectionLabel', { name: collection.tag.name })}>
          <h3 className="search-group__title">
            #{collection.tag.name}{' '}
            <span className="search-group__count">
              {t('search.tags.passageCount', { count: collection.passages.length })}
            </span>
          </h3>
          <button
            type="button"
            className="button"
            disabled={collection.passages.length === 0}
            onClick={() => openDialog('export', { tagName: collection.tag.name })}
          >
            {t('search.tags.exportBriefing')}
          </button>
          <StudyTheseButton annotationIds={collection.passages.map((passage) => passage.annotationId)} />
          <ol className="tag-collection__passages">
            {collection.passages.map((passage) => (
              <li key={passage.annotationId} className="search-hit">
                <button
                  type="button"
                  className="search-hit__open"
                  onClick={() => {
                    closeSearch()
                    revealPassage(passage.documentId, passage.start, passage.end)
                  }}
                >
                  <span className="search-hit__meta">
                    <span className="search-hit__kind">{passage.documentTitle}</span>
                    {passage.paragraphLabel ? (
                      <span className="search-hit__paragraph">
                        {t('search.paragraph', { label: passage.paragraphLabel })}
                      </span>
                    ) : null}
                    <span className={`search-hit__color search-hit__color--${passage.color}`}>
                      {t(`search.colors.${passage.color}`)}
                    </span>
                    <span className="search-hit__author">{passage.author}</span>
                  </span>
                  <q className="tag-collection__quote">{passage.quote}</q>
                </button>
                {passage.comments.map((comment, index) => (
                  <p
                    key={index}
                    className={`tag-collection__comment${comment.isReply ? ' tag-collection__comment--reply' : ''}`}
                  >
                    <strong>{comment.author}:</strong> {comment.body}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  )
}
