import path from 'node:path'
import iconv from 'iconv-lite'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { importOne, openApp, readerBlockTexts, type PickedFile } from '../support/readerPage'

const session = useBrowserSession('marginalia-library-e2e')

async function freshApp(): Promise<{ page: Page; health: { problems: string[] } }> {
  session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
  const health = watchPageHealth(page)
  await openApp(page, session.host.url)
  return { page, health }
}

const russian =
  'Совместное заявление\n\n1. Стороны подтвердили приверженность всеобъемлющему стратегическому партнёрству.\n'
const vietnamese =
  'Đường sắt Bắc – Nam\n\n9. Hai bên nhất trí thúc đẩy hợp tác đường sắt tốc độ cao.\n\n- Hợp tác quốc phòng.\n'

function picked(name: string, buffer: Buffer): PickedFile {
  return { name, mimeType: 'text/plain', buffer }
}

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' })
const titlesInLibrary = (page: Page) => library(page).locator('.library-item__open').allTextContents()

describe('importing through the window', () => {
  it('imports several files at once, reports each, and reads every encoding the same', async () => {
    const { page, health } = await freshApp()
    await page
      .getByLabel('Files to import')
      .setInputFiles([
        picked('statement-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(vietnamese, 'utf16le')])),
        picked('statement-nfd.txt', Buffer.from(vietnamese.normalize('NFD').replace(/\n/g, '\r\n'), 'utf8')),
        picked('zayavlenie-1251.txt', iconv.encode(russian, 'windows-1251')),
        picked('zayavlenie-koi8.txt', iconv.encode(russian, 'koi8-r')),
        picked('empty.txt', Buffer.alloc(0)),
        picked('picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      ])
    const report = page.getByRole('dialog', { name: 'Import' })
    await report.getByText('2 of 6 files imported.').waitFor()
    const entries = report.getByRole('listitem')
    await expect(entries.filter({ hasText: 'empty.txt' }).textContent()).resolves.toContain('Not imported: ')
    await expect(entries.filter({ hasText: 'picture.png' }).textContent()).resolves.toContain('Not imported: ')
    // The NFD and KOI8-R files hold the same text as the UTF-16 and Windows-1251 ones: asked before a copy is made.
    await expect(entries.filter({ hasText: 'statement-nfd.txt' }).getByRole('button').textContent()).resolves.toBe(
      'Import statement-nfd.txt again',
    )
    await entries.filter({ hasText: 'zayavlenie-koi8.txt' }).getByRole('button').click()
    await report.getByText('3 of 6 files imported.').waitFor()

    await report.getByRole('button', { name: 'Open Đường sắt Bắc – Nam' }).click()
    await expect(readerBlockTexts(page, 3)).resolves.toEqual([
      'Đường sắt Bắc – Nam',
      '9. Hai bên nhất trí thúc đẩy hợp tác đường sắt tốc độ cao.',
      '- Hợp tác quốc phòng.',
    ])
    const russianTitles = (await titlesInLibrary(page)).filter((title) => title === 'Совместное заявление')
    expect(russianTitles).toHaveLength(2)
    await library(page).getByRole('button', { name: 'Совместное заявление', exact: true }).first().click()
    await expect(readerBlockTexts(page, 2)).resolves.toEqual([
      'Совместное заявление',
      '1. Стороны подтвердили приверженность всеобъемлющему стратегическому партнёрству.',
    ])
    expect(health.problems).toEqual([])
  })

  it('previews one file with its detected encoding, and lets the user override it', async () => {
    const { page } = await freshApp()
    await page.getByLabel('Files to import').setInputFiles(picked('zayavlenie.txt', iconv.encode(russian, 'koi8-r')))
    const dialog = page.getByRole('dialog', { name: 'Import a document' })
    const encoding = dialog.getByLabel('Text encoding')
    await expect(encoding.inputValue()).resolves.toBe('koi8-r')
    const sample = dialog.getByRole('document', { name: 'Beginning of the text' })
    await expect(sample.textContent()).resolves.toContain('Совместное заявление')
    await encoding.selectOption('windows-1251')
    await expect.poll(() => sample.textContent()).not.toContain('Совместное')
    await encoding.selectOption('koi8-r')
    await expect.poll(() => sample.textContent()).toContain('Совместное заявление')
    await dialog.getByLabel('Title', { exact: true }).fill('Заявление (KOI8-R)')
    await dialog.getByRole('button', { name: 'Import' }).click()
    await expect(readerBlockTexts(page, 2)).resolves.toContain('Совместное заявление')
    await expect.poll(() => titlesInLibrary(page)).toEqual(['Заявление (KOI8-R)'])
  })

  it('asks before importing the same file twice', async () => {
    const { page } = await freshApp()
    const file = picked('duong-sat.txt', Buffer.from(vietnamese))
    await importOne(page, file)
    await page.getByLabel('Files to import').setInputFiles(file)
    const dialog = page.getByRole('dialog', { name: 'Import a document' })
    await dialog.getByText('This text is already in your library as “Đường sắt Bắc – Nam”.', { exact: false }).waitFor()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => titlesInLibrary(page)).toHaveLength(1)
    await importOne(page, file)
    await expect.poll(() => titlesInLibrary(page)).toHaveLength(2)
  })

  it('makes a new document from pasted text, keeping numbers and dashes', async () => {
    const { page } = await freshApp()
    await page.getByRole('button', { name: 'New from clipboard' }).click()
    await page.getByLabel('Text', { exact: true }).fill(vietnamese)
    await page.getByLabel('Title (optional)').fill('Ghi chú cuộc họp')
    await page.getByRole('button', { name: 'Create document' }).click()
    await expect(readerBlockTexts(page, 3)).resolves.toEqual([
      'Đường sắt Bắc – Nam',
      '9. Hai bên nhất trí thúc đẩy hợp tác đường sắt tốc độ cao.',
      '- Hợp tác quốc phòng.',
    ])
    await expect.poll(() => titlesInLibrary(page)).toEqual(['Ghi chú cuộc họp'])
  })
})

describe('the library', () => {
  async function withThreeDocuments(): Promise<Page> {
    const { page } = await freshApp()
    await importOne(page, picked('a.txt', Buffer.from(vietnamese)))
    await importOne(page, picked('b.txt', Buffer.from(russian)))
    await importOne(
      page,
      picked('c.txt', Buffer.from('Annual report\n\nThe year in brief, with numbers.\n'.repeat(30))),
    )
    return page
  }

  it('offers the welcome document on first run', async () => {
    const { page, health } = await freshApp()
    await page.getByRole('button', { name: 'Open the welcome document' }).click()
    const blocks = await readerBlockTexts(page)
    expect(blocks.join('\n')).toMatch(/Marginalia/)
    await expect.poll(() => titlesInLibrary(page)).toHaveLength(1)
    expect(health.problems).toEqual([])
  })

  it('filters by title without diacritics and sorts by any column', async () => {
    const page = await withThreeDocuments()
    await library(page).getByRole('searchbox', { name: 'Filter by title' }).fill('duong')
    await expect.poll(() => titlesInLibrary(page)).toEqual(['Đường sắt Bắc – Nam'])
    await library(page).getByRole('searchbox', { name: 'Filter by title' }).fill('')
    await expect
      .poll(() => titlesInLibrary(page))
      .toEqual(['Annual report', 'Đường sắt Bắc – Nam', 'Совместное заявление'])
    await library(page).getByLabel('Sort by').selectOption('size')
    await expect(titlesInLibrary(page).then((titles) => titles[0])).resolves.toBe('Annual report')
    await library(page)
      .getByRole('button', { name: /^Descending order/ })
      .click()
    await expect(titlesInLibrary(page).then((titles) => titles[2])).resolves.toBe('Annual report')
    await library(page).getByLabel('Sort by').selectOption('language')
    await expect(titlesInLibrary(page).then((titles) => titles[0])).resolves.toBe('Annual report')
  })

  it('renames a document and corrects its language', async () => {
    const page = await withThreeDocuments()
    await library(page).getByRole('button', { name: 'Edit details of Совместное заявление' }).click()
    const dialog = page.getByRole('dialog', { name: 'Document details' })
    await dialog.getByLabel('Title').fill('Заявление 2025')
    await dialog.getByLabel('Language of the text').selectOption('ru')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => titlesInLibrary(page)).toContain('Заявление 2025')
    await page.reload()
    await expect(library(page).getByText('Заявление 2025', { exact: true }).waitFor()).resolves.toBeUndefined()
    await expect(
      library(page).getByRole('listitem').filter({ hasText: 'Заявление 2025' }).textContent(),
    ).resolves.toContain('Russian')
  })

  it('deletes after asking, and Undo brings the document back', async () => {
    const page = await withThreeDocuments()
    await library(page).getByRole('button', { name: 'Delete Annual report' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete document' })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => titlesInLibrary(page)).toHaveLength(3)

    await library(page).getByRole('button', { name: 'Delete Annual report' }).click()
    await dialog.getByRole('button', { name: 'Delete' }).click()
    await expect.poll(() => titlesInLibrary(page)).toEqual(['Đường sắt Bắc – Nam', 'Совместное заявление'])
    await expect.poll(() => page.getByRole('region', { name: /^Text of / }).count()).toBe(0)
    await library(page).getByRole('button', { name: 'Undo' }).click()
    await expect
      .poll(() => titlesInLibrary(page))
      .toEqual(['Annual report', 'Đường sắt Bắc – Nam', 'Совместное заявление'])
    await page.reload()
    await expect.poll(() => titlesInLibrary(page)).toHaveLength(3)
  })

  it('is usable from the keyboard: Ctrl+O opens the picker, F2 edits, Delete deletes', async () => {
    const page = await withThreeDocuments()
    await library(page).getByRole('button', { name: 'Annual report', exact: true }).focus()
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')])
    expect(chooser.isMultiple()).toBe(true)

    await library(page).getByRole('button', { name: 'Annual report', exact: true }).focus()
    await page.keyboard.press('F2')
    await page.getByRole('dialog', { name: 'Document details' }).waitFor()
    await page.keyboard.press('Escape')
    await library(page).getByRole('button', { name: 'Annual report', exact: true }).focus()
    await page.keyboard.press('Delete')
    await page.getByRole('dialog', { name: 'Delete document' }).waitFor()
  })

  it('speaks Vietnamese when the interface does', async () => {
    const page = await withThreeDocuments()
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Interface language').selectOption('vi')
    await page.getByRole('button', { name: 'Save' }).click()
    await page
      .getByRole('navigation', { name: 'Thư viện' })
      .getByRole('searchbox', { name: 'Lọc theo tiêu đề' })
      .waitFor()
    await expect(page.getByRole('button', { name: 'Tạo từ bộ nhớ tạm' }).count()).resolves.toBe(1)
    await expect(page.getByRole('button', { name: 'Xóa Annual report' }).count()).resolves.toBe(1)
    await expect(page.getByRole('button', { name: 'Tìm', exact: true }).count()).resolves.toBe(1)
  })
})
