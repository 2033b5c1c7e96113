import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src-main/db/openStore'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { annotatedJointStatement } from '../support/exportFixture'
import { seedAnnotatedDocument } from '../support/seedAnnotatedDocument'

const session = useBrowserSession('marginalia-e2e')

// The generated statement: the export path runs on a fresh clone; the exporters' own tests also read the real corpus.
describe('exporting from the browser host', () => {
  it('offers the briefing PDF, CSV and W3C file as downloads, and merges the W3C file back without duplicates', async () => {
    const fixture = annotatedJointStatement()
    const databasePath = path.join(session.temp.path, 'library.sqlite3')
    const store = openStore({ path: databasePath })
    seedAnnotatedDocument(store.db, fixture)
    store.close()
    session.host = await startBrowserHost(databasePath)
    const page = await session.browser.newPage({ acceptDownloads: true })
    const health = watchPageHealth(page)
    await page.goto(session.host.url)

    const exportButton = page.getByRole('button', { name: 'Export…' })
    await expect(exportButton.isDisabled()).resolves.toBe(true)
    await page.getByRole('button', { name: fixture.document.title, exact: true }).click()
    await page.locator('[data-block-index]').first().waitFor()
    await exportButton.click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByLabel('Classification line (optional)').fill('MẬT / CONFIDENTIAL')

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ])
    expect(pdf.suggestedFilename()).toBe('Tuyên bố chung Việt Nam – Liên bang Nga.pdf')
    const pdfBytes = fs.readFileSync((await pdf.path())!)
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-')
    await dialog.getByRole('status').filter({ hasText: 'is ready in your downloads' }).waitFor()

    await dialog.getByLabel('Format').selectOption('csv')
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ])
    const csvText = fs.readFileSync((await csv.path())!, 'utf8')
    expect(csvText.startsWith('\uFEFF')).toBe(true)
    expect(csvText).toContain('Конвенция ООН по морскому праву')

    await dialog.getByLabel('Format').selectOption('w3c')
    const [w3c] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ])
    // Importing our own export back merges by id: nothing new, nothing duplicated.
    await dialog.getByLabel(/^Import annotations into this document/).setInputFiles((await w3c.path())!)
    await dialog.getByRole('status').filter({ hasText: 'Imported 0 new and 0 updated annotations; 7 were' }).waitFor()
    expect(health.problems).toEqual([])
  })
})
