import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { callHost } from '../support/hostApi'
import { importOne, openApp, readerBlockTexts, readerText } from '../support/readerPage'

const session = useBrowserSession('marginalia-comfort-e2e')

const shortDraft = [
  '1. Hai bên nhất trí tăng cường hợp tác năng lượng và dầu khí.',
  '2. Phía Nga ủng hộ dự án đường sắt cao tốc Bắc – Nam.',
  '3. Các bên trao đổi về an ninh thông tin quốc tế.',
]
/** Sixty numbered paragraphs, long enough to scroll through and to reflow when the text grows. */
const longDraft = Array.from(
  { length: 60 },
  (_, index) =>
    `${index + 1}. Hai bên khẳng định quyết tâm thúc đẩy quan hệ đối tác chiến lược toàn diện, tăng cường trao đổi đoàn các cấp và phối hợp chặt chẽ tại các diễn đàn đa phương (đoạn ${index + 1}).`,
)

async function openWith(page: Page, paragraphs: string[]): Promise<string> {
  session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
  await openApp(page, session.host.url)
  const buffer = Buffer.from(paragraphs.join('\n\n'), 'utf8')
  await importOne(page, { name: 'du-thao.txt', mimeType: 'text/plain', buffer })
  await readerBlockTexts(page, paragraphs.length)
  const [document] = await callHost(session.host, 'documents.list')
  return document!.id
}

/** The index of the paragraph at the top of the reader's view. */
function topParagraph(page: Page): Promise<number> {
  return readerText(page).evaluate((container) => {
    const top = container.getBoundingClientRect().top
    const blocks = [...container.querySelectorAll<HTMLElement>('[data-block-index]')]
    const first = blocks.find((block) => block.getBoundingClientRect().bottom > top + 1)
    return Number(first?.dataset.blockIndex ?? -1)
  })
}

async function scrollToParagraph(page: Page, index: number): Promise<void> {
  await readerText(page).evaluate((container, wanted) => {
    const block = container.querySelector<HTMLElement>(`[data-block-index="${wanted}"]`)!
    container.scrollTop += block.getBoundingClientRect().top - container.getBoundingClientRect().top + 4
  }, index)
  await expect.poll(() => topParagraph(page)).toBe(index)
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })

describe('reading and annotating comfortably', () => {
  it('F7 gives a keyboard selection: Shift+arrows by character and word, Ctrl+Shift+↓ by paragraph, then 1–6 highlight', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const health = watchPageHealth(page)
    await openWith(page, shortDraft)
    // Discoverable: the text region describes the key, and the reader's tools offer it.
    await expect(readerText(page).getAttribute('aria-description')).resolves.toContain('F7')
    await readerText(page).focus()
    await page.keyboard.press('F7')
    await page.getByRole('status').filter({ hasText: 'Keyboard selection on' }).waitFor()
    await expect(
      page.getByRole('button', { name: 'Keyboard selection (F7)' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true')

    // Down one line to paragraph 2, five characters, then one word further.
    await page.keyboard.press('ArrowDown')
    for (let step = 0; step < 5; step++) await page.keyboard.press('Shift+ArrowRight')
    await page.getByRole('toolbar', { name: 'Annotate the selection' }).waitFor()
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('2. Ph')
    await page.keyboard.press('Control+Shift+ArrowRight')
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('2. Phía')
    await page.keyboard.press('2')
    await panel(page)
      .getByRole('button', { name: /^Green highlight, paragraph 2: 2\. Phía$/ })
      .waitFor()

    // A whole paragraph: Ctrl+Shift+↓ from the start of paragraph 1, then 3 (blue).
    await readerText(page).focus()
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('Control+Shift+ArrowDown')
    await expect
      .poll(() => page.evaluate(() => document.getSelection()?.toString().trim()))
      .toBe('1. Hai bên nhất trí tăng cường hợp tác năng lượng và dầu khí.')
    await page.keyboard.press('3')
    await panel(page)
      .getByRole('button', { name: /^Blue highlight, paragraph 1: 1\. Hai bên nhất trí/ })
      .waitFor()

    expect(health.problems).toEqual([])
  })

  it('A+ and A− keep the paragraph being read at the top of the view', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    await openWith(page, longDraft)
    await scrollToParagraph(page, 30)
    await page.getByRole('button', { name: 'Larger text' }).click()
    await page.getByRole('button', { name: 'Text size 110%, reset to 100%' }).waitFor()
    expect(await topParagraph(page)).toBe(30)
    await page.getByRole('button', { name: 'Larger text' }).click()
    await page.getByRole('button', { name: 'Text size 125%, reset to 100%' }).waitFor()
    expect(await topParagraph(page)).toBe(30)
    await page.getByRole('button', { name: 'Smaller text' }).click()
    await page.getByRole('button', { name: 'Text size 110%, reset to 100%' }).waitFor()
    expect(await topParagraph(page)).toBe(30)
  })

  it('after a reload the last document is open again, at the paragraph where the user was', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const documentId = await openWith(page, longDraft)
    await scrollToParagraph(page, 40)
    // Saved once the user stops scrolling.
    await expect
      .poll(async () => (await callHost(session.host!, 'documents.open', documentId)).readingPosition?.offset ?? 0)
      .toBeGreaterThan(0)
    await page.reload()
    await readerBlockTexts(page)
    await expect(page.locator('.reader__title').textContent()).resolves.toBe('du-thao')
    await expect.poll(() => topParagraph(page)).toBe(40)
  })

  it('tag chips on cards show the tag colour; tag-manager buttons are named after their tag and keep focus inside', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const documentId = await openWith(page, shortDraft)
    const { text } = (await callHost(session.host!, 'documents.open', documentId)).revision
    const quote = 'đường sắt cao tốc'
    const start = text.indexOf(quote)
    await callHost(session.host!, 'annotations.create', {
      documentId,
      start,
      end: start + quote.length,
      color: 'yellow',
      tags: ['Energy'],
    })
    const [tag] = await callHost(session.host!, 'tags.list')
    await callHost(session.host!, 'tags.setColor', tag!.id, '#c0392b')
    const chip = panel(page).locator('.card .tag-chip', { hasText: 'Energy' })
    await expect
      .poll(() => chip.evaluate((element) => getComputedStyle(element).borderTopColor))
      .toBe('rgb(192, 57, 43)')

    await page.getByRole('button', { name: 'Manage tags' }).click()
    const manager = page.getByRole('dialog', { name: 'Tags' })
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')
    await expect.poll(focused).toBe('Rename Energy')
    await manager.getByRole('button', { name: 'Delete Energy', exact: true }).click()
    await expect(manager.getByRole('alert').textContent()).resolves.toContain('It will be removed from 1 annotation.')
    await manager.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(focused).toBe('Rename Energy')
    await manager.getByRole('button', { name: 'Rename Energy', exact: true }).click()
    await manager.getByLabel('New name for Energy').fill('Năng lượng')
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe('Rename Năng lượng')
  })

  it('in the dark theme and in Vietnamese the panel filters are styled and show their whole labels', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const documentId = await openWith(page, shortDraft)
    await callHost(session.host!, 'settings.update', { theme: 'dark', language: 'vi' })
    const { text } = (await callHost(session.host!, 'documents.open', documentId)).revision
    await callHost(session.host!, 'annotations.create', { documentId, start: 3, end: 10, color: 'green' })
    const status = page.getByRole('combobox', { name: 'Trạng thái' })
    await status.waitFor()
    expect(text.length).toBeGreaterThan(10)
    const look = await status.evaluate((select) => {
      const style = getComputedStyle(select)
      const option = (select as HTMLSelectElement).selectedOptions[0]!.text
      const context = document.createElement('canvas').getContext('2d')!
      context.font = style.font
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16
      return {
        background: style.backgroundColor,
        color: style.color,
        option,
        fits: context.measureText(option).width <= room,
      }
    })
    expect(look.background).toBe('rgb(29, 31, 35)')
    expect(look.color).toBe('rgb(230, 227, 221)')
    expect(look.option).toBe('Đang mở và đã giải quyết')
    expect(look.fits).toBe(true)
  })

  it('one Escape closes library search, and the export dialog remembers the classification line of each document', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    await openWith(page, shortDraft)
    await page.keyboard.press('Control+Shift+F')
    const search = page.getByRole('dialog', { name: 'Search' })
    await search.getByRole('searchbox').fill('năng lượng')
    await page.keyboard.press('Escape')
    await search.waitFor({ state: 'hidden' })

    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByLabel('Classification line (optional)').fill('MẬT / CONFIDENTIAL')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: 'Export…' }).click()
    await expect(dialog.getByLabel('Classification line (optional)').inputValue()).resolves.toBe('MẬT / CONFIDENTIAL')
  })
})
