import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { resolveLanguage, setupI18n } from './i18n/setup'
import { loadNotices } from './state/noticesStore'
import { loadSettings, settingsStore } from './state/settingsStore'
import { loadReaderFonts } from './styles/loadFonts'
import './styles/theme.css'
import './styles/shell.css'
import './styles/fonts.css'
import './styles/library.css'
import './styles/reader.css'
import './styles/annotations.css'
import './styles/drafts.css'
import './styles/team.css'

async function start(): Promise<void> {
  await Promise.all([loadSettings().catch(() => undefined), loadReaderFonts()])
  await setupI18n(resolveLanguage(settingsStore.get().language, navigator.languages))
  void loadNotices().catch(() => undefined)
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
