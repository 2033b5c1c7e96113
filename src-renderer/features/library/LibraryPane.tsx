import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../ui/EmptyState'

/** The library: every document, to open, sort and manage. */
export function LibraryPane() {
  const { t } = useTranslation()
  return (
    <>
      <h2 className="pane__heading">{t('shell.panes.library')}</h2>
      <EmptyState title={t('shell.empty.libraryTitle')} hint={t('shell.empty.libraryHint')} />
    </>
  )
}
