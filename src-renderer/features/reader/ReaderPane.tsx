import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { libraryStore } from '../../state/libraryStore'
import { readerStore } from '../../state/readerStore'
import { EmptyState } from '../../ui/EmptyState'
import { errorMessage } from '../../ui/errorMessage'
import { WelcomeOffer } from '../library/WelcomeOffer'
import { DocumentReader } from './DocumentReader'
import { useOpenForReveal } from './useReveal'

/** The reader: the open document, drawn by Lexical; on first run, the offer of the welcome document. */
export function ReaderPane() {
  const { t } = useTranslation()
  const state = useStore(readerStore)
  const library = useStore(libraryStore)
  useOpenForReveal()

  if (state.status === 'open') {
    return <DocumentReader key={state.detail.revision.id} detail={state.detail} />
  }
  if (state.status === 'loading') {
    return <EmptyState title={t('reader.opening')} hint="" />
  }
  if (state.status === 'failed') {
    return <EmptyState title={t('reader.openFailed')} hint={errorMessage(t, state.error)} />
  }
  if (library.loaded && library.documents.length === 0) {
    return <WelcomeOffer />
  }
  return <EmptyState title={t('shell.empty.readerTitle')} hint={t('shell.empty.readerHint')} />
}
