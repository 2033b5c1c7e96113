import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { blockNetworkRequests } from '../../src-main/electron/blockNetwork'
import { appOrigin, isAppUrl } from '../../src-main/windows/appOrigin'
import { contentSecurityPolicy, securityHeaders } from '../../src-main/appPages/contentSecurityPolicy'
import { lockDownWebContents } from '../../src-main/windows/navigationPolicy'
import { secureWebPreferences } from '../../src-main/windows/webPreferences'

describe('BrowserWindow web preferences', () => {
  it('isolate, sandbox and deny Node to the renderer, and turn the spellchecker off', () => {
    const preferences = secureWebPreferences('/app/out/preload/index.cjs')
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    })
  })
})

describe('Content-Security-Policy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/)
      return [name!, values]
    }),
  )

  it('allows only the app itself: no remote origin, no inline script, no eval', () => {
    expect(directives.get('default-src')).toEqual([`'none'`])
    expect(directives.get('script-src')).toEqual([`'self'`])
    expect(directives.get('connect-src')).toEqual([`'self'`])
    expect(directives.get('object-src')).toEqual([`'none'`])
    expect(directives.get('frame-ancestors')).toEqual([`'none'`])
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|\*/)
    expect(securityHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy)
  })
})

/** Just enough of WebContents to watch what the policy does. */
function fakeWebContents() {
  const emitter = new EventEmitter()
  let windowOpenHandler: (() => { action: string }) | undefined
  let permissionHandler:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined
  const session = {
    setPermissionRequestHandler: (handler: typeof permissionHandler) => (permissionHandler = handler),
    setPermissionCheckHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
  }
  const contents = Object.assign(emitter, {
    session,
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => (windowOpenHandler = handler),
  })
  return {
    contents,
    session,
    windowOpen: () => windowOpenHandler?.(),
    askPermission: (name: string) => {
      let answer: boolean | undefined
      permissionHandler?.(contents, name, (granted) => (answer = granted))
      return answer
    },
  }
}

describe('navigation and window policy', () => {
  it("keeps windows on the app's own pages and opens no new windows", () => {
    const fake = fakeWebContents()
    lockDownWebContents(fake.contents as unknown as WebContents)
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() }
      fake.contents.emit('will-navigate', event, url)
      return event.preventDefault.mock.calls.length > 0
    }
    expect(navigate('https://example.org/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate('app://other-host/index.html')).toBe(true)
    expect(navigate(`${appOrigin}/index.html`)).toBe(false)
    expect(fake.windowOpen()).toEqual({ action: 'deny' })
    expect(fake.askPermission('media')).toBe(false)
    expect(fake.session.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
  })

  it('recognises only app://marginalia as the app', () => {
    expect(isAppUrl('app://marginalia/index.html')).toBe(true)
    expect(isAppUrl('app://marginalia.evil/index.html')).toBe(false)
    expect(isAppUrl('http://marginalia/')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
  })

  it('cancels every request that would leave the machine', () => {
    let filter: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined
    const session = { webRequest: { onBeforeRequest: (handler: typeof filter) => (filter = handler) } }
    blockNetworkRequests(session as unknown as Session)
    const cancelled = (url: string) => {
      let answer: boolean | undefined
      filter?.({ url }, (response) => (answer = response.cancel))
      return answer
    }
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true)
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true)
    expect(cancelled('ws://example.org/')).toBe(true)
    expect(cancelled('app://marginalia/assets/index.js')).toBe(false)
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false)
  })
})
