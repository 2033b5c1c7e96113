import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../ui/EmptyState'

/** The reader: the open document, drawn by Lexical. */
export function ReaderPane() {
  const { t } = useTranslation()
  return <EmptyState title={t('shell.empty.readerTitle')} hint={t('shell.empty.readerHint')} />
}
