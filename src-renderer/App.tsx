import { useEffect } from 'react'
import { AppShell } from './features/shell/AppShell'
import { changeLanguage, resolveLanguage } from './i18n/setup'
import { settingsStore } from './state/settingsStore'
import { useStore } from './state/createStore'

/** The root: keeps language and theme in step with the settings, then draws the shell. */
export function App() {
  const settings = useStore(settingsStore)

  useEffect(() => {
    void changeLanguage(resolveLanguage(settings.language, navigator.languages))
  }, [settings.language])

  useEffect(() => {
    const root = document.documentElement
    if (settings.theme === 'system') delete root.dataset.theme
    else root.dataset.theme = settings.theme
  }, [settings.theme])

  return <AppShell />
}
