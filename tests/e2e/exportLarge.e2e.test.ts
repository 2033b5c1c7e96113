import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src-main/db/openStore'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { largeAnnotatedDocument } from '../support/largeBriefingFixture'
import { seedAnnotatedDocument } from '../support/seedAnnotatedDocument'

const session = useBrowserSession('marginalia-e2e-export-large')

describe('exporting a large document from the browser host', () => {
  it('shows the briefing moving on a progress bar, and Cancel stops it with nothing written', async () => {
    const fixture = largeAnnotatedDocument(1024 * 1024, 5_000)
    const databasePath = path.join(session.temp.path, 'library.sqlite3')
    const store = openStore({ path: databasePath })
    seedAnnotatedDocument(store.db, fixture)
    store.close()
    session.host = await startBrowserHost(databasePath)
    const page = await session.browser.newPage({ acceptDownloads: true })
    const health = watchPageHealth(page)
    await page.goto(session.host.url)

    await page.getByRole('button', { name: fixture.document.title, exact: true }).click()
    await page.locator('[data-block-index]').first().waitFor()
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    let downloads = 0
    page.on('download', () => downloads++)
    await dialog.getByRole('button', { name: 'Export', exact: true }).click()

    // The bar moves past its start while the text is laid out, and the percentage is written beside it.
    const bar = dialog.getByRole('progressbar', { name: 'Export progress' })
    await dialog.getByText(/Exporting… [1-9]\d?%/).waitFor()
    await expect(bar.evaluate((progress: HTMLProgressElement) => progress.value)).resolves.toBeGreaterThan(0)
    if (process.env.EXPORT_SCREENSHOTS)
      await page.screenshot({ path: path.join(process.env.EXPORT_SCREENSHOTS, 'export-large.png') })

    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.getByRole('status').filter({ hasText: 'Export cancelled. No file was written.' }).waitFor()
    await expect(bar.count()).resolves.toBe(0)
    expect(downloads).toBe(0)
    expect(health.problems).toEqual([])
  }, 240_000)
})
