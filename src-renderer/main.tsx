import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { resolveLanguage, setupI18n } from './i18n/setup'
import { loadNotices } from './state/noticesStore'
import { loadSettings, settingsStore } from './state/settingsStore'
import './styles/theme.css'
import './styles/shell.css'
import './styles/annotations.css'

async function start(): Promise<void> {
  await loadSettings().catch(() => undefined)
  await setupI18n(resolveLanguage(settingsStore.get().language, navigator.languages))
  void loadNotices().catch(() => undefined)
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
