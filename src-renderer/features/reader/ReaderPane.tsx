import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { libraryStore } from '../../state/libraryStore'
import { draftViewStore, leaveDraftView } from '../../state/draftView'
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
  const draftView = useStore(draftViewStore)
  const openId = state.status === 'open' ? state.detail.summary.id : null
  const earlier = draftView && draftView.documentId === openId ? draftView : null
  useOpenForReveal()

  // An earlier draft is shown only for the document it belongs to.
  useEffect(() => {
    if (draftViewStore.get() && draftViewStore.get()?.documentId !== openId) leaveDraftView()
  }, [openId])

  if (state.status === 'open' && earlier?.view) {
    const { view } = earlier
    return (
      <DocumentReader
        key={view.revision.id}
        detail={{ summary: state.detail.summary, revision: view.revision, readingPosition: null }}
        readOnly={{ draft: earlier.draft, annotations: view.annotations }}
      />
    )
  }
  if (state.status === 'open' && earlier) {
    return <EmptyState title={t('drafts.switcher.opening', { draft: earlier.draft })} hint="" />
  }
  if (state.status === 'open' || state.status === 'drawing') {
    // The same reader goes on from the first screen to the whole text: it keeps what it drew.
    return <DocumentReader key={state.detail.revision.id} detail={state.detail} partial={state.status === 'drawing'} />
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
