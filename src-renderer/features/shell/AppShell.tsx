import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { AnnotationPanel } from '../annotations/AnnotationPanel'
import { DraftControls } from '../drafts/DraftControls'
import { ImportControls } from '../importing/ImportControls'
import { ExportButton } from '../export/ExportButton'
import { LibraryPane } from '../library/LibraryPane'
import { ReaderPane } from '../reader/ReaderPane'
import { SearchButton } from '../search/SearchButton'
import { StudyButton } from '../study/StudyButton'
import { openDialog } from '../../state/dialogStore'
import { onMenuCommand } from '../../state/menuCommands'
import { Dialogs } from './Dialogs'
import { NoticeBar } from './NoticeBar'

/** The three-part window: library on the left, the reader in the middle, annotations on the right. */
export function AppShell() {
  const { t } = useTranslation()

  useEffect(() => onMenuCommand('openSettings', () => openDialog('settings', {})), [])

  return (
    <div className="shell">
      <header className="shell__header">
        <h1 className="shell__title">{t('shell.appName')}</h1>
        <ImportControls />
        <SearchButton />
        <ExportButton />
        <StudyButton />
        <button type="button" className="button" onClick={() => openDialog('settings', {})}>
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
      <Dialogs />
      <DraftControls />
    </div>
  )
}
