import type { WebContents } from 'electron'
import { isAppUrl } from './appOrigin'

/**
 * Keep every window on the app's own pages: no navigation away, no new windows, no permission prompts
 * (camera, notifications…), no webviews. Links in documents are shown, never followed.
 */
export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  contents.session.setPermissionCheckHandler(() => false)
  contents.session.setSpellCheckerEnabled(false)
}
