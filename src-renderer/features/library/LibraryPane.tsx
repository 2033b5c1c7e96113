import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { openDialog } from '../../state/dialogStore'
import { libraryStore, loadLibrary } from '../../state/libraryStore'
import { openDocument, readerStore, reopenLastDocument } from '../../state/readerStore'
import { EmptyState } from '../../ui/EmptyState'
import { errorMessage } from '../../ui/errorMessage'
import { LibraryItem } from './LibraryItem'
import { defaultDirection, sortKeys, visibleDocuments, type SortKey, type SortOrder } from './librarySort'
import { UndoDeleteBar } from './UndoDeleteBar'

/** The library: every document, to filter, sort, open, rename, and delete (with undo). */
export function LibraryPane() {
  const { t } = useTranslation()
  const library = useStore(libraryStore)
  const reader = useStore(readerStore)
  const [filter, setFilter] = useState('')
  const [order, setOrder] = useState<SortOrder>({ key: 'title', direction: 'ascending' })
  const [loadError, setLoadError] = useState<string | null>(null)

  useEffect(() => {
    loadLibrary()
      .then(() => reopenLastDocument(libraryStore.get().documents))
      .catch((failure: unknown) => setLoadError(errorMessage(t, failure)))
  }, [t])

  const visible = useMemo(() => visibleDocuments(library.documents, filter, order), [library.documents, filter, order])
  const openId =
    reader.status === 'open' ? reader.detail.summary.id : reader.status === 'empty' ? null : reader.documentId

  return (
    <>
      <h2 className="pane__heading">{t('shell.panes.library')}</h2>
      {library.documents.length > 0 ? (
        <div className="library-controls">
          <label className="library-controls__filter">
            <span className="visually-hidden">{t('library.filter.label')}</span>
            <input
              type="search"
              placeholder={t('library.filter.placeholder')}
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
          </label>
          <div className="library-controls__sort">
            <label>
              <span>{t('library.sort.label')}</span>
              <select
                value={order.key}
                onChange={(event) => {
                  const key = event.target.value as SortKey
                  setOrder({ key, direction: defaultDirection(key) })
                }}
              >
                {sortKeys.map((key) => (
                  <option key={key} value={key}>
                    {t(`library.sort.keys.${key}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button button--small"
              aria-label={t(`library.sort.${order.direction}`)}
              title={t(`library.sort.${order.direction}`)}
              onClick={() =>
                setOrder({ ...order, direction: order.direction === 'ascending' ? 'descending' : 'ascending' })
              }
            >
              {order.direction === 'ascending' ? '↑' : '↓'}
            </button>
          </div>
        </div>
      ) : null}
      <UndoDeleteBar />
      {loadError ? (
        <p className="form__error" role="alert">
          {loadError}
        </p>
      ) : null}
      {library.loaded && library.documents.length === 0 ? (
        <EmptyState title={t('shell.empty.libraryTitle')} hint={t('shell.empty.libraryHint')} />
      ) : null}
      {library.documents.length > 0 && visible.length === 0 ? (
        <p className="library__none">{t('library.filter.none', { filter })}</p>
      ) : null}
      <ul className="library-list" aria-label={t('library.listLabel', { count: visible.length })}>
        {visible.map((summary) => (
          <LibraryItem
            key={summary.id}
            summary={summary}
            isOpen={summary.id === openId}
            onOpen={() => void openDocument(summary.id)}
            onEdit={() => openDialog('editDocument', { summary })}
            onDelete={() => openDialog('deleteDocument', { summary })}
          />
        ))}
      </ul>
    </>
  )
}
