import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { importOne, openApp, readerBlockTexts } from '../support/readerPage'

const corpus = path.resolve('../shared/corpus')
const statementPath = path.join(corpus, 'joint-statement-vi.txt')
const reportPath = path.join(corpus, 'talks-report-vi.txt')
const hasCorpus = fs.existsSync(statementPath) && fs.existsSync(reportPath)

const session = useBrowserSession('marginalia-search-e2e')

/** Type a query in the search window, wait until a result marks `expected`, and return every marked text. */
async function searchFor(page: Page, query: string, expected: RegExp): Promise<string[]> {
  const dialog = page.getByRole('dialog', { name: 'Search the library' })
  await dialog.getByRole('searchbox', { name: 'Search for' }).fill(query)
  const results = dialog.getByLabel('Search results')
  await results.locator('mark', { hasText: expected }).first().waitFor()
  return results.locator('mark').allTextContents()
}

/** The text of the passage the reader is flashing, or '' when none. */
function flashedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('reveal-flash')
    const range = highlight ? ([...highlight][0] as StaticRange | undefined) : undefined
    if (!range) return ''
    const live = document.createRange()
    live.setStart(range.startContainer, range.startOffset)
    live.setEnd(range.endContainer, range.endOffset)
    return live.toString()
  })
}

/** Select `quote` in the reader, as a user dragging over it would, and wait for the annotation toolbar. */
async function selectInReader(page: Page, quote: string): Promise<void> {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(
      document.querySelector('[data-block-index]')!.parentElement!,
      NodeFilter.SHOW_TEXT,
    )
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1
      if (at < 0) continue
      node.parentElement!.scrollIntoView({ block: 'center' })
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      document.getSelection()!.removeAllRanges()
      document.getSelection()!.addRange(range)
      return
    }
    throw new Error(`'${wanted}' is not in the reader`)
  }, quote)
  await page.getByRole('toolbar', { name: 'Annotate the selection' }).waitFor()
}

/** Highlight a passage and tag it, through the reader's selection toolbar and tag editor. */
async function tagPassage(page: Page, quote: string, tag: string): Promise<void> {
  await selectInReader(page, quote)
  await page.keyboard.press('t')
  const field = page.getByRole('combobox', { name: 'Add tag' })
  await field.fill(tag)
  await field.press('Enter')
  await page.getByRole('listitem').filter({ hasText: tag }).first().waitFor()
  await field.press('Enter')
}

/** Highlight a passage and comment on it, from the selection toolbar. */
async function commentOnPassage(page: Page, quote: string, comment: string): Promise<void> {
  await selectInReader(page, quote)
  await page.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Comment' }).click()
  const field = page.getByRole('textbox', { name: 'Comment', exact: true })
  await field.fill(comment)
  await field.press('Control+Enter')
  await page.getByText(comment).first().waitFor()
}

describe.skipIf(!hasCorpus)('searching the library (needs ../shared/corpus beside the project)', () => {
  it('finds passages typed without diacritics, phrases, tags and comments, and opens them flashed', async () => {
    const databasePath = path.join(session.temp.path, 'library.sqlite3')
    session.host = await startBrowserHost(databasePath)
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    await importOne(page, statementPath)
    await importOne(page, reportPath)
    await page
      .getByRole('button', { name: /joint-statement/ })
      .first()
      .click()
    await readerBlockTexts(page)
    await tagPassage(page, 'hợp tác quốc phòng', 'Ôn thi')
    await commentOnPassage(page, 'an ninh thông tin quốc tế', 'Đối chiếu với bản tiếng Nga trước cuộc họp')

    await page.keyboard.press('Control+Shift+F')
    const dialog = page.getByRole('dialog', { name: 'Search the library' })
    await dialog.waitFor()
    // The shortcut puts the cursor in the query box: the user can type at once.
    await page.keyboard.type('duong')
    await expect.poll(() => dialog.getByRole('searchbox', { name: 'Search for' }).inputValue()).toBe('duong')
    expect(await searchFor(page, 'duong sat', /^đường sắt$/)).toContain('đường sắt')

    const phrase = await searchFor(page, '"hop tac"', /^hợp tác$/i)
    expect(phrase.map((text) => text.toLowerCase())).toContain('hợp tác')
    const groups = dialog.getByLabel('Search results').getByRole('region')
    await expect(groups.count()).resolves.toBe(2)

    await dialog.getByRole('checkbox', { name: 'Match diacritics' }).check()
    await dialog.getByRole('searchbox', { name: 'Search for' }).fill('"hop tac"')
    await dialog.getByRole('status').filter({ hasText: 'Nothing in the library matches' }).waitFor()
    await dialog.getByRole('checkbox', { name: 'Match diacritics' }).uncheck()

    expect(await searchFor(page, 'on thi', /^Ôn thi$/)).toContain('Ôn thi')
    const byComment = dialog.getByLabel('Search results').getByRole('button', { name: /^Comment/ })
    expect(await searchFor(page, 'doi chieu', /^Đối chiếu$/)).toContain('Đối chiếu')
    await expect(byComment.count()).resolves.toBe(1)

    await byComment.click()
    await dialog.waitFor({ state: 'hidden' })
    await page.waitForFunction(() => (CSS.highlights.get('reveal-flash')?.size ?? 0) > 0)
    expect(await flashedText(page)).toBe('an ninh thông tin quốc tế')

    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await dialog.getByRole('tab', { name: 'Tag collections' }).click()
    await dialog.getByLabel('Tag').selectOption({ label: 'Ôn thi (1)' })
    const collection = dialog.getByRole('region', { name: 'Passages tagged Ôn thi' })
    await expect(collection.textContent()).resolves.toContain('hợp tác quốc phòng')

    await collection.getByRole('button', { name: 'Export as briefing…' }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export' })
    await expect(exportDialog.getByLabel('What to export').inputValue()).resolves.toBe('tag')
    await expect(exportDialog.getByLabel('Tag', { exact: true }).inputValue()).resolves.toBe('Ôn thi')
    const [briefing] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ])
    expect(briefing.suggestedFilename()).toMatch(/Ôn thi.*\.pdf$/)
    expect(
      fs
        .readFileSync((await briefing.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    expect(health.problems).toEqual([])
  })

  it('answers hostile queries with a message, never an error', async () => {
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await session.browser.newPage()
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Search the library' })
    for (const query of ['"', 'NEAR(', '-', 'AND OR', '* ( )']) {
      await dialog.getByRole('searchbox', { name: 'Search for' }).fill(query)
      await dialog.getByRole('status').first().waitFor()
      await expect(dialog.getByRole('alert').count()).resolves.toBe(0)
    }
    expect(health.problems).toEqual([])
  })
})
