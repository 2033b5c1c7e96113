import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'

const session = useBrowserSession('marginalia-e2e')

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('navigation', { name: /library|thư viện/i }).waitFor()
}

async function setAuthorName(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByLabel('Your name on annotations').fill(name)
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('dialog').waitFor({ state: 'hidden' })
}

describe('the app shell in the browser host', () => {
  it('shows the three panes with what to do next on first run, and no CSP or network problems', async () => {
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await session.browser.newPage()
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)

    await page.getByRole('button', { name: 'Open the welcome document' }).waitFor()
    await expect(page.getByRole('main', { name: 'Reader' }).textContent()).resolves.toContain('Welcome to Marginalia')
    await expect(page.getByRole('navigation', { name: 'Library' }).textContent()).resolves.toContain(
      'Your library is empty',
    )
    await expect(page.getByRole('complementary', { name: 'Annotations' }).textContent()).resolves.toContain(
      'Select text in the document',
    )
    expect(page.url()).not.toContain('token=')
    expect(health.problems).toEqual([])
  })

  it('keeps what the user saved through a page reload and a server restart', async () => {
    const databasePath = path.join(session.temp.path, 'library.sqlite3')
    session.host = await startBrowserHost(databasePath)
    const page = await session.browser.newPage()
    await openApp(page, session.host.url)
    await setAuthorName(page, 'Nguyễn Thị Minh Khai')

    await page.reload()
    await page.getByRole('navigation', { name: 'Library' }).waitFor()
    await page.getByRole('button', { name: 'Settings' }).click()
    await expect(page.getByLabel('Your name on annotations').inputValue()).resolves.toBe('Nguyễn Thị Minh Khai')

    await session.host.stop()
    session.host = await startBrowserHost(databasePath)
    const fresh = await session.browser.newPage()
    await openApp(fresh, session.host.url)
    await fresh.getByRole('button', { name: 'Settings' }).click()
    await expect(fresh.getByLabel('Your name on annotations').inputValue()).resolves.toBe('Nguyễn Thị Minh Khai')
  })

  it('switches the whole interface to Vietnamese and back', async () => {
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await session.browser.newPage()
    await openApp(page, session.host.url)
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Interface language').selectOption('vi')
    await page.getByRole('button', { name: 'Save' }).click()

    await page.getByRole('navigation', { name: 'Thư viện' }).waitFor()
    await expect(page.getByRole('main', { name: 'Trình đọc' }).textContent()).resolves.toContain('Chào mừng')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi')

    await page.reload()
    await page.getByRole('button', { name: 'Cài đặt' }).click()
    await page.getByLabel('Ngôn ngữ giao diện').selectOption('en')
    await page.getByRole('button', { name: 'Lưu' }).click()
    await page.getByRole('navigation', { name: 'Library' }).waitFor()
  })

  it('refuses a page opened without the token, with a message that says what to do', async () => {
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await session.browser.newPage()
    await page.goto(session.host.origin + '/')
    await page.getByRole('navigation', { name: 'Library' }).waitFor()
    const response = await page.evaluate(async () => {
      const answer = await fetch('/api/call/settings.get', { method: 'POST', body: '{"args":[]}' })
      return { status: answer.status, body: (await answer.json()) as { error: { code: string } } }
    })
    expect(response.status).toBe(401)
    expect(response.body.error.code).toBe('host.badToken')
  })
})
