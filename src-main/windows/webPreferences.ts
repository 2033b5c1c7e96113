import type { WebPreferences } from 'electron'

/**
 * The web preferences of every window. The renderer gets no Node, runs sandboxed and isolated from the preload,
 * and may not spell-check (Chromium's spellchecker downloads dictionaries: no network requests, ever).
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  }
}
