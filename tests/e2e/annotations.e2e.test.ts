import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { importOne, openApp, readerBlockTexts } from '../support/readerPage'
import { cardNames, paintedQuotes, selectPassage } from '../support/annotationPage'

const statementPath = path.resolve('../shared/corpus/joint-statement-vi.txt')
const hasCorpus = fs.existsSync(statementPath)

const session = useBrowserSession('marginalia-annotations-e2e')

const inNine = 'hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí'
const nested = 'năng lượng'
const acrossStart = 'sẵn sàng tạo điều kiện thuận lợi'
const acrossEnd = 'Hai bên nhất trí tăng cường'

async function openStatement(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title, exact: true }).click()
  await readerBlockTexts(page)
  await page.getByRole('region', { name: 'Annotations in reading order' }).waitFor()
}

async function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Annotations' })
}

describe.skipIf(!hasCorpus)('annotating the joint statement (needs ../shared/corpus beside the project)', () => {
  it('highlights, tags, comments, replies, resolves, undoes and keeps it all through reload and restart', async () => {
    const databasePath = path.join(session.temp.path, 'library.sqlite3')
    session.host = await startBrowserHost(databasePath)
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Your name on annotations').fill('Nguyễn Thị Lan')
    await page.getByRole('button', { name: 'Save' }).click()
    await importOne(page, statementPath)
    const title = (await page.locator('.reader__title').textContent()) ?? ''
    await readerBlockTexts(page)
    const annotations = await panel(page)

    // A passage inside paragraph 9, highlighted in blue with the toolbar.
    await selectPassage(page, { startsWith: '9. ', quote: inNine })
    await page
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Highlight in Blue' })
      .click()
    const nineCard = annotations.getByRole('button', { name: /^Blue highlight, paragraph 9: hợp tác trong lĩnh vực/ })
    await nineCard.waitFor()

    // A passage spanning paragraphs 8–9, with the T key: the tag editor opens on its card.
    await selectPassage(page, {
      startsWith: 'Hai bên nhấn mạnh cần mở rộng',
      quote: acrossStart,
      to: { startsWith: '9. ', quote: acrossEnd },
    })
    await page.keyboard.press('t')
    await annotations.getByRole('combobox', { name: 'Add tag' }).fill('Năng lượng/Hạt nhân')
    await page.keyboard.press('Enter')
    await annotations.getByRole('listitem').filter({ hasText: 'Năng lượng/Hạt nhân' }).first().waitFor()
    await annotations.getByRole('button', { name: 'Done' }).click()
    const acrossCard = annotations.getByRole('button', {
      name: /^Yellow highlight, paragraph 8, 3rd para\.: sẵn sàng tạo điều kiện/,
    })
    await acrossCard.waitFor()

    // Comment and reply on the paragraph 9 passage, then resolve.
    await nineCard.click()
    await annotations.getByRole('textbox', { name: 'Comment' }).fill('**Quan trọng**: nêu tại cuộc họp')
    await annotations.getByRole('button', { name: 'Save' }).click()
    await annotations.locator('strong', { hasText: 'Quan trọng' }).waitFor()
    await annotations.getByRole('textbox', { name: 'Reply' }).fill('Đồng ý, cần số liệu')
    await annotations.getByRole('button', { name: 'Reply', exact: true }).click()
    // Saved: the reply is listed in the thread and the box it was typed in is empty again.
    await annotations.locator('.comment--reply', { hasText: 'Đồng ý, cần số liệu' }).waitFor()
    await expect.poll(() => annotations.getByRole('textbox', { name: 'Reply' }).inputValue()).toBe('')
    await annotations.getByRole('button', { name: 'Resolve' }).click()
    await annotations.getByRole('button', { name: 'Reopen' }).waitFor()

    // Undo the resolve and redo it, from the keyboard.
    await page.locator('.reader__title').click()
    await page.keyboard.press('Control+z')
    await annotations.getByRole('button', { name: 'Resolve' }).waitFor()
    await page.keyboard.press('Control+Shift+z')
    await annotations.getByRole('button', { name: 'Reopen' }).waitFor()

    // A nested annotation inside the first; clicking where they overlap asks which one.
    await selectPassage(page, { startsWith: '9. ', quote: nested, after: 'lĩnh vực ' })
    await page.keyboard.press('2')
    await annotations.getByRole('button', { name: /^Green highlight, paragraph 9: năng lượng$/ }).waitFor()
    const point = await page.evaluate((quote) => {
      const block = [...document.querySelectorAll<HTMLElement>('[data-block-index]')].find((each) =>
        each.textContent?.startsWith('9. '),
      )!
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(`lĩnh vực ${quote}`)
        if (at === -1) continue
        const range = document.createRange()
        range.setStart(node, at + 'lĩnh vực '.length + 2)
        range.setEnd(node, at + 'lĩnh vực '.length + 3)
        const rect = range.getBoundingClientRect()
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
      }
      throw new Error('overlap not found')
    }, nested)
    await page.mouse.click(point.x, point.y)
    const picker = page.getByRole('menu', { name: 'Annotations here' })
    await expect(picker.getByRole('menuitem').count()).resolves.toBe(2)
    await picker.getByRole('menuitem', { name: /^Green: năng lượng/ }).click()
    await expect(annotations.locator('[aria-current="true"]').getAttribute('aria-label')).resolves.toMatch(/^Green/)

    // Delete the nested one and undo: it comes back with the same colour and place.
    await annotations.getByRole('button', { name: 'Delete annotation' }).click()
    await annotations.getByRole('button', { name: /^Green highlight/ }).waitFor({ state: 'detached' })
    await page.locator('.reader__title').click()
    await page.keyboard.press('Control+z')
    await annotations.getByRole('button', { name: /^Green highlight, paragraph 9: năng lượng$/ }).waitFor()

    const expectedCards = [
      /^Yellow highlight, paragraph 8, 3rd para\.: sẵn sàng tạo điều kiện thuận lợi/,
      /^Blue highlight, paragraph 9: hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí$/,
      /^Green highlight, paragraph 9: năng lượng$/,
    ]
    const expectPersisted = async (current: Page) => {
      const names = await cardNames(current)
      expect(names).toHaveLength(3)
      expectedCards.forEach((pattern, index) => expect(names[index]).toMatch(pattern))
      const side = await panel(current)
      await expect(side.getByText('Năng lượng/Hạt nhân').count()).resolves.toBeGreaterThan(0)
      await expect(side.getByText('Resolved', { exact: true }).count()).resolves.toBe(1)
      await expect(side.getByText('1 reply').count()).resolves.toBe(1)
      const metas = await side.locator('.card__meta').allTextContents()
      expect(metas).toHaveLength(3)
      expect(metas.every((meta) => meta.startsWith('Nguyễn Thị Lan'))).toBe(true)
      const painted = await paintedQuotes(current)
      expect(painted.blue).toEqual([inNine])
      expect(painted.green).toEqual([nested])
      expect(painted.yellow).toHaveLength(1)
      expect(painted.yellow?.[0]).toMatch(new RegExp(`^${acrossStart}.*\\n?9\\. ${acrossEnd}$`, 's'))
    }
    await expectPersisted(page)

    await page.reload()
    await openStatement(page, title)
    await expectPersisted(page)

    expect(health.problems).toEqual([])
    await page.close()
    await session.host.stop()
    session.host = await startBrowserHost(databasePath)
    const fresh = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const freshHealth = watchPageHealth(fresh)
    await openApp(fresh, session.host.url)
    await openStatement(fresh, title)
    await expectPersisted(fresh)
    expect(freshHealth.problems).toEqual([])
  })
})
