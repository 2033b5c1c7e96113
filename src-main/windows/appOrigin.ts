/** The private scheme the renderer is served from in the desktop app: a real origin, never file://. */
export const appScheme = 'app'
export const appHost = 'marginalia'
export const appOrigin = `${appScheme}://${appHost}`

/** True when a URL belongs to the app's own pages (used to refuse IPC from, and navigation to, anything else). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost
  } catch {
    return false
  }
}
