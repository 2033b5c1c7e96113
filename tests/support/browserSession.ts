import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { killLeftoverHosts, type RunningHost } from './browserHost'
import { launchChromium } from './chromium'
import { makeTempDirectory } from './tempDirectory'

/** What an end-to-end test file works with: one Chromium for the file, a fresh folder and host per test. */
export type BrowserSession = {
  readonly browser: Browser
  readonly temp: ReturnType<typeof makeTempDirectory>
  /** The host a test started; stopped (cleanly) after each test. */
  host: RunningHost | undefined
}

/**
 * Register the hooks every browser test file needs: launch Chromium once, give each test an empty temporary
 * folder, and after each test stop the host it started (and kill one whose start it gave up on) and remove the folder.
 */
export function useBrowserSession(label: string): BrowserSession {
  let browser: Browser | undefined
  let temp: ReturnType<typeof makeTempDirectory> | undefined
  const session = {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not running yet (use the session inside a test).')
      return browser
    },
    get temp() {
      if (!temp) throw new Error('No temporary folder outside a test.')
      return temp
    },
    host: undefined as RunningHost | undefined,
  }
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(() => {
    temp = makeTempDirectory(label)
  })
  afterEach(async () => {
    await session.host?.stop()
    session.host = undefined
    await killLeftoverHosts()
    temp?.remove()
  })
  return session
}
