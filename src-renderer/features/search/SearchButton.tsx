import { useTranslation } from 'react-i18next'
import { openSearch } from '../../state/searchStore'

/** The header's search button (Ctrl+Shift+F does the same). */
export function SearchButton() {
  const { t } = useTranslation()
  return (
    <button type="button" className="button" onClick={() => openSearch()} title={t('search.shortcut')}>
      {t('search.open')}
    </button>
  )
}
