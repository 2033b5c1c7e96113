import type { Session } from 'electron'

/** Schemes a window may load from: the app's own pages and in-memory data. Nothing else, ever. */
const allowedSchemes = new Set(['app:', 'data:', 'blob:', 'devtools:', 'chrome-extension:'])

/**
 * The app makes no network requests. CSP already forbids remote origins in pages; this refuses any request that
 * still tries (from Chromium itself, a library, a mistake) before it leaves the machine.
 */
export function blockNetworkRequests(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    let scheme = ''
    try {
      scheme = new URL(details.url).protocol
    } catch {
      // unparsable URLs are refused below
    }
    callback({ cancel: !allowedSchemes.has(scheme) })
  })
}
