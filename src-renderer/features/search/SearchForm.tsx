import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { closeSearch, searchStore, updateSearch } from '../../state/searchStore'

/** The query box and the "match diacritics" toggle; searching starts as the user types (after a short pause). */
export function SearchForm() {
  const { t } = useTranslation()
  const state = useStore(searchStore)
  const [draft, setDraft] = useState(state.text)

  useEffect(() => {
    if (draft === searchStore.get().text) return
    const timer = setTimeout(() => void updateSearch({ text: draft }), 150)
    return () => clearTimeout(timer)
  }, [draft])

  return (
    <form
      className="search__form"
      role="search"
      onSubmit={(event) => {
        event.preventDefault()
        void updateSearch({ text: draft })
      }}
    >
      <input
        type="search"
        className="search__input"
        aria-label={t('search.queryLabel')}
        placeholder={t('search.placeholder')}
        value={draft}
        maxLength={2000}
        data-autofocus
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          // One Escape closes the window, as in every other dialog (a search box would first clear itself).
          if (event.key !== 'Escape') return
          event.preventDefault()
          closeSearch()
        }}
      />
      <label className="search__toggle">
        <input
          type="checkbox"
          checked={state.matchDiacritics}
          onChange={(event) => void updateSearch({ text: draft, matchDiacritics: event.target.checked })}
        />
        {t('search.matchDiacritics')}
      </label>
      <p className="search__hint">{t('search.syntaxHint')}</p>
    </form>
  )
}
