/**
 * Pressing Import after the preview: main stores the text it parsed for the preview (the file is not sent again),
 * and when another tab's preview has replaced it meanwhile, the file is sent after all: either way the reader opens
 * on exactly the text the preview showed.
 */
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { useBrowserSession } from '../support/browserSession'
import { largeTreatyText } from '../support/largeTreatyText'
import { openApp, readerText, type PickedFile } from '../support/readerPage'

const session = useBrowserSession('marginalia-import-previewed-e2e')

async function newTab(): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
  await openApp(page, session.host!.url)
  return page
}

/** Pick `file` and wait until its preview shows `sampleStart`; returns the preview dialog. */
async function preview(page: Page, file: PickedFile, sampleStart: string) {
  await page.getByLabel('Files to import').setInputFiles(file)
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  await dialog
    .getByRole('document', { name: 'Beginning of the text' })
    .getByText(sampleStart, { exact: false })
    .first()
    .waitFor({ timeout: 120_000 })
  return dialog
}

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' })
const firstBlock = (page: Page) => readerText(page).locator('[data-block-index="0"]')

describe('importing the file just previewed', () => {
  it('opens a long text on the paragraphs the preview showed, and lists it once', async () => {
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await newTab()
    const treaty = largeTreatyText(1024 * 1024)
    const file = { name: 'hiep-dinh.txt', mimeType: 'text/plain', buffer: Buffer.from(treaty.text) }
    const dialog = await preview(page, file, treaty.paragraphs[1]!.slice(0, 40))
    await dialog.getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => firstBlock(page).textContent(), { timeout: 60_000 }).toBe(treaty.paragraphs[0])
    await expect(readerText(page).locator('[data-block-index="1"]').textContent()).resolves.toBe(treaty.paragraphs[1])
    await expect
      .poll(() => library(page).locator('.library-item__open').allTextContents())
      .toEqual([treaty.paragraphs[0]])
  })

  it('still imports the file a tab shows after another tab previewed a different one', async () => {
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const first = await newTab()
    const second = await newTab()
    const statement = 'Tuyên bố chung\n\n9. Hai bên nhất trí thúc đẩy hợp tác đường sắt.\n'
    const other = 'Biên bản ghi nhớ\n\n1. Hợp tác giáo dục và đào tạo.\n'
    const firstDialog = await preview(
      first,
      { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(statement) },
      '9. Hai bên',
    )
    await preview(second, { name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from(other) }, '1. Hợp tác')
    await firstDialog.getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => firstBlock(first).textContent(), { timeout: 60_000 }).toBe('Tuyên bố chung')
    await expect(readerText(first).locator('[data-block-index="1"]').textContent()).resolves.toBe(
      '9. Hai bên nhất trí thúc đẩy hợp tác đường sắt.',
    )
    await expect.poll(() => library(first).locator('.library-item__open').allTextContents()).toEqual(['Tuyên bố chung'])
  })
})
