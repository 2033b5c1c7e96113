import fs from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]

/** Debian's Chromium (or CHROMIUM_PATH); a clear instruction when it is missing. */
export function findChromium(): string {
  const found = candidates.find((candidate): candidate is string => !!candidate && fs.existsSync(candidate))
  if (!found) {
    throw new Error(
      'Chromium was not found. Install it with `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    )
  }
  return found
}

/**
 * How long a click or wait may look for its element: twice Playwright's 30 s, so that a machine with every core busy
 * elsewhere is slow rather than failing. A bound, not a wait: a step ends as soon as the page shows its element.
 */
const actionBound = 60_000

/**
 * Launch headless Chromium with no network access beyond loopback and no background traffic. Every context it makes
 * (`newPage` makes one too) uses `actionBound`.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (options) => {
    const context = await newContext(options)
    context.setDefaultTimeout(actionBound)
    return context
  }
  return browser
}

/**
 * Fail the test on anything the page reports as broken: uncaught errors, console errors (a CSP violation is one),
 * and requests that leave the loopback host.
 */
export function watchPageHealth(page: Page): { problems: string[] } {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`request left the machine: ${request.url()}`)
    }
  })
  return { problems }
}
