import fs from 'node:fs/promises'
import { protocol } from 'electron'
import { resolveStaticFile } from '../appPages/staticFiles'
import { appHost, appScheme } from './appOrigin'
import { securityHeaders } from '../appPages/contentSecurityPolicy'

/** Must run before the app is ready: makes `app://` a standard, secure origin with fetch support. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
}

/** Serve the built renderer on app://marginalia/ with the same CSP and headers as the browser host. */
export function serveRendererOnAppScheme(rendererDirectory: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url)
    const file = url.host === appHost ? resolveStaticFile(rendererDirectory, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404, headers: securityHeaders })
    const headers = new Headers(securityHeaders)
    headers.set('Content-Type', file.contentType)
    return new Response(await fs.readFile(file.filePath), { status: 200, headers })
  })
}
