import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { callHost } from '../support/hostApi'
import { expectedParagraphs, importOne, openApp, readerBlockTexts, readerText } from '../support/readerPage'

const corpus = path.resolve('../shared/corpus')
const statementPath = path.join(corpus, 'joint-statement-vi.txt')
const reportPath = path.join(corpus, 'talks-report-vi.txt')
const hasCorpus = fs.existsSync(statementPath) && fs.existsSync(reportPath)

const session = useBrowserSession('marginalia-reader-e2e')

/** Where main has saved the reader's place in the (only) document. */
async function savedPosition() {
  const [document] = await callHost(session.host!, 'documents.list')
  return document ? (await callHost(session.host!, 'documents.open', document.id)).readingPosition : null
}

async function freshApp(): Promise<{ page: Page; health: { problems: string[] } }> {
  session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
  const health = watchPageHealth(page)
  await openApp(page, session.host.url)
  return { page, health }
}

describe.skipIf(!hasCorpus)('reading the corpus (needs ../shared/corpus beside the project)', () => {
  it('imports both corpus files through the file picker and shows exactly their NFC text', async () => {
    const { page, health } = await freshApp()
    const titles: string[] = []
    for (const file of [statementPath, reportPath]) {
      await importOne(page, file)
      titles.push((await page.locator('.reader__title').textContent()) ?? '')
      const expected = expectedParagraphs(fs.readFileSync(file, 'utf8'))
      const shown = await readerBlockTexts(page, expected.length)
      expect(shown).toEqual(expected)
      expect(shown.every((text) => text === text.normalize('NFC'))).toBe(true)
    }
    await page.getByRole('button', { name: titles[0], exact: true }).click()
    await readerBlockTexts(page)
    const reader = readerText(page)
    await expect(reader.locator('h2', { hasText: /^Kết luận$/ }).count()).resolves.toBe(1)
    await expect(reader.locator('[data-block-index]', { hasText: /^9\. / }).count()).resolves.toBe(1)
    await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem').count()).resolves.toBe(2)
    expect(health.problems).toEqual([])
  })

  it('finds "duong sat" in "đường sắt", steps through matches and counts them', async () => {
    const { page, health } = await freshApp()
    await importOne(page, statementPath)
    await readerBlockTexts(page)
    await page.keyboard.press('Control+f')
    const field = page.getByRole('searchbox', { name: 'Find in document' })
    await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
    await field.fill('duong sat')
    const status = page.getByRole('search').getByRole('status')
    await expect(status.textContent()).resolves.toBe('1 of 1')
    const painted = await page.evaluate(() => {
      const highlight = CSS.highlights.get('find-current')
      return highlight ? Array.from(highlight, (range) => (range as StaticRange).toString?.() ?? '') : []
    })
    expect(painted).toHaveLength(1)
    const current = await page.evaluate(() => {
      const range = [...CSS.highlights.get('find-current')!][0] as StaticRange
      const live = document.createRange()
      live.setStart(range.startContainer, range.startOffset)
      live.setEnd(range.endContainer, range.endOffset)
      return live.toString()
    })
    expect(current).toBe('đường sắt')

    await field.fill('VIỆT NAM')
    const many = Number((await status.textContent())?.split(' of ')[1])
    expect(many).toBeGreaterThan(20)
    // Find starts at the first match in view (the view is at 'đường sắt', well into the text).
    const first = Number((await status.textContent())?.split(' of ')[0])
    await field.press('Enter')
    await expect(status.textContent()).resolves.toBe(`${first + 1} of ${many}`)
    await field.press('Shift+Enter')
    await field.press('Shift+Enter')
    await expect(status.textContent()).resolves.toBe(`${first - 1} of ${many}`)
    await field.fill('khong co tu nay o day')
    await expect(status.textContent()).resolves.toBe('No matches')
    expect(health.problems).toEqual([])
  })

  it('jumps to a heading from the outline', async () => {
    const { page } = await freshApp()
    await importOne(page, statementPath)
    await readerBlockTexts(page)
    await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: 'Kết luận' }).click()
    const heading = readerText(page).locator('h2', { hasText: /^Kết luận$/ })
    const box = await heading.boundingBox()
    const region = await page.getByRole('region', { name: /^Text of / }).boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(region!.y)
    expect(box!.y).toBeLessThan(region!.y + 100)
  })

  it('reopens a document where the reader left it, after a reload', async () => {
    const { page } = await freshApp()
    await importOne(page, statementPath)
    await readerBlockTexts(page)
    await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: 'Kết luận' }).click()
    const title = (await page.locator('.reader__title').textContent())!
    // The position is saved a moment after scrolling stops: wait until main has it, not for a fixed time.
    await expect.poll(async () => (await savedPosition())?.offset ?? 0).toBeGreaterThan(0)

    await page.reload()
    await page.getByRole('button', { name: title, exact: true }).click()
    await readerBlockTexts(page)
    const heading = readerText(page).locator('h2', { hasText: /^Kết luận$/ })
    const region = page.getByRole('region', { name: /^Text of / })
    await expect(region.evaluate((element) => element.scrollTop)).resolves.toBeGreaterThan(1000)
    const box = await heading.boundingBox()
    const regionBox = await region.boundingBox()
    expect(Math.abs(box!.y - regionBox!.y)).toBeLessThan(120)
  })

  it('changes the text size and keeps it for next time', async () => {
    const { page } = await freshApp()
    await importOne(page, reportPath)
    await readerBlockTexts(page)
    const block = page.locator('[data-block-index="1"]')
    const before = await block.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
    await page.getByRole('button', { name: 'Larger text' }).click()
    await page.getByRole('button', { name: 'Larger text' }).click()
    const after = await block.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
    expect(after).toBeGreaterThan(before * 1.2)
    await expect(page.getByRole('button', { name: /^Text size 125%/ }).count()).resolves.toBe(1)
    // The size is saved a moment after the last change: wait until main has it.
    await expect.poll(async () => (await savedPosition())?.zoom).toBe(1.25)
    await page.reload()
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('listitem')
      .first()
      .getByRole('button')
      .first()
      .click()
    await readerBlockTexts(page)
    await expect(page.getByRole('button', { name: /^Text size 125%/ }).count()).resolves.toBe(1)
  })
})

describe('the reader font', () => {
  it('draws the text in the bundled font, loaded from the app itself', async () => {
    const { page } = await freshApp()
    await page.getByRole('button', { name: 'New from clipboard' }).click()
    await page.getByLabel('Text').fill('Đường sắt Bắc – Nam\n\nСовместное заявление. Tiếng Việt có dấu.')
    await page.getByRole('button', { name: 'Create document' }).click()
    await readerBlockTexts(page, 2)
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready
      return document.fonts.check('16px "Marginalia Serif"', 'Đường Совместное')
    })
    expect(loaded).toBe(true)
    const family = await page
      .locator('[data-block-index="1"]')
      .evaluate((element) => getComputedStyle(element).fontFamily)
    expect(family).toContain('Marginalia Serif')
  })
})
