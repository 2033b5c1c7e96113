import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { onMainEvent } from '../../api/client'
import { AnnotationPanel } from '../annotations/AnnotationPanel'
import { DraftControls } from '../drafts/DraftControls'
import { ImportControls } from '../importing/ImportControls'
import { ExportButton } from '../export/ExportButton'
import { useOpenDocumentId } from '../export/openDocument'
import { LibraryPane } from '../library/LibraryPane'
import { ReaderPane } from '../reader/ReaderPane'
import { SearchButton } from '../search/SearchButton'
import { SearchDialog } from '../search/SearchDialog'
import { SettingsDialog } from '../settings/SettingsDialog'
import { StudyButton } from '../study/StudyButton'
import { TeamExchangeDialog } from '../team/TeamExchangeDialog'
import { NoticeBar } from './NoticeBar'

/** The three-part window: library on the left, the reader in the middle, annotations on the right. */
export function AppShell() {
  const { t } = useTranslation()
  const [settingsOpen, setSettingsOpen] = useState(false)
  const openDocumentId = useOpenDocumentId()

  useEffect(
    () =>
      onMainEvent('app.didRequestCommand', ({ command }) => {
        if (command === 'openSettings') setSettingsOpen(true)
      }),
    [],
  )

  return (
    <div className="shell">
      <header className="shell__header">
        <h1 className="shell__title">{t('shell.appName')}</h1>
        <ImportControls />
        <SearchButton />
        <ExportButton documentId={openDocumentId} />
        <StudyButton />
        <button type="button" className="button" onClick={() => setSettingsOpen(true)}>
          {t('shell.actions.openSettings')}
        </button>
      </header>
      <NoticeBar />
      <div className="shell__panes">
        <nav className="pane pane--library" aria-label={t('shell.panes.library')}>
          <LibraryPane />
        </nav>
        <main className="pane pane--reader" aria-label={t('shell.panes.reader')}>
          <ReaderPane />
        </main>
        <aside className="pane pane--annotations" aria-label={t('shell.panes.annotations')}>
          <AnnotationPanel />
        </aside>
      </div>
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <SearchDialog />
      <DraftControls />
      <TeamExchangeDialog />
    </div>
  )
}
