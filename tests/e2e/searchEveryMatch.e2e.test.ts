import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { useBrowserSession } from '../support/browserSession'
import { watchPageHealth } from '../support/chromium'
import { importOne, openApp, readerBlockTexts } from '../support/readerPage'

const session = useBrowserSession('marginalia-search-all-e2e')

const paragraphs = Array.from(
  { length: 28 },
  (_, index) => `${index + 1}. Hai bên nhất trí phát triển đường sắt tốc độ cao, giai đoạn ${index + 1}.`,
)

describe('library search shows every match it counts', () => {
  it('"28 matches" lists 10, then every one of the 28 after "Show more"', async () => {
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } })
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    const buffer = Buffer.from(paragraphs.join('\n\n'), 'utf8')
    await importOne(page, { name: 'tuyen-bo.txt', mimeType: 'text/plain', buffer })
    await readerBlockTexts(page, 28)
    await page.keyboard.press('Control+Shift+F')
    const dialog = page.getByRole('dialog', { name: 'Search the library' })
    await dialog.getByRole('searchbox', { name: 'Search for' }).fill('duong sat')
    const results = dialog.getByLabel('Search results')
    await results.getByText('28 matches').waitFor()
    const hits = results.locator('.search-hit')
    await expect.poll(() => hits.count()).toBe(10)
    await results.getByRole('button', { name: 'Show 18 more (18 not shown)' }).click()
    await expect.poll(() => hits.count()).toBe(28)
    await expect(results.getByRole('button', { name: /^Show \d+ more/ }).count()).resolves.toBe(0)
    await expect(results.locator('mark', { hasText: /^đường sắt$/ }).count()).resolves.toBe(28)
    expect(health.problems).toEqual([])
  })
})
