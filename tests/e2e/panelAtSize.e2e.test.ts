import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { AnnotationColor } from '../../src-main/common/model/annotation'
import { annotationColors } from '../../src-main/common/model/annotation'
import { newId, nowIso } from '../../src-main/common/model/ids'
import { openStore } from '../../src-main/db/openStore'
import { AnnotationsRepository } from '../../src-main/db/repositories/annotationsRepository'
import { transactionOn } from '../../src-main/services/transaction'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { openApp } from '../support/readerPage'
import { seedDocument } from '../support/seedDocument'

const session = useBrowserSession('marginalia-panel-at-size-e2e')

const sentence = 'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí. '
const paragraphs = Array.from({ length: 2_000 }, (_, i) => `${i + 1}. ${sentence.repeat(5)}Đoạn ${i + 1}.`)
const perParagraph = 10
const authors = ['Lan', 'Olga', 'Minh', 'An']

/**
 * A document with 20,000 annotations, ten in each paragraph (30 characters every 40, from its fifth): the n-th in
 * reading order has colour n mod 6 and author n mod 4.
 */
function seedLargeDocument(databasePath: string): void {
  const store = openStore({ path: databasePath })
  try {
    const { documentId, revisionId } = seedDocument(store.db, paragraphs)
    const annotations = new AnnotationsRepository(store.db)
    const now = nowIso()
    transactionOn(store.db)(() => {
      let paragraphStart = 0
      let n = 0
      paragraphs.forEach((paragraph, index) => {
        for (let k = 0; k < perParagraph; k++, n++) {
          const start = paragraphStart + 4 + k * 40
          const inParagraph = start - paragraphStart
          annotations.insert({
            id: newId(),
            documentId,
            revisionId,
            color: annotationColors[n % 6] as AnnotationColor,
            target: {
              start,
              end: start + 30,
              exact: paragraph.slice(inParagraph, inParagraph + 30),
              prefix: paragraph.slice(Math.max(0, inParagraph - 32), inParagraph),
              suffix: paragraph.slice(inParagraph + 30, inParagraph + 62),
            },
            paragraphLabel: String(index + 1),
            author: authors[n % 4]!,
            createdAt: now,
            updatedAt: now,
            resolvedAt: null,
            anchorStatus: 'anchored',
            carryOver: null,
          })
        }
        paragraphStart += paragraph.length + 1
      })
    })
  } finally {
    store.close()
  }
}

/** The panel's "N of M annotations" line, once it says `expected`. */
async function shownLine(page: Page, expected: string): Promise<void> {
  await page.locator('.filters__summary [role="status"]').getByText(expected, { exact: true }).waitFor()
}

/** The place in the list ("n of N") of the card marked current, once there is one. */
async function currentPlace(page: Page): Promise<number> {
  const item = page.locator('.annotation-list__item:has([aria-current="true"])')
  await item.waitFor()
  return Number(await item.getAttribute('aria-posinset'))
}

describe('the annotation panel with 20,000 annotations in one document', () => {
  it('filters, scrolls, steps with Alt+↓/↑ and reveals a card from the text', async () => {
    const databasePath = path.join(session.temp.path, 'library.sqlite3')
    seedLargeDocument(databasePath)
    session.host = await startBrowserHost(databasePath)
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    await page.getByRole('button', { name: 'Test', exact: true }).click()
    const list = page.getByRole('region', { name: 'Annotations in reading order' })
    await shownLine(page, '20000 of 20000 annotations')

    // Colour, then author on top of it: every sixth is green, every twelfth green and Olga's.
    await page.getByLabel('Colour', { exact: true }).selectOption('green')
    await shownLine(page, '3334 of 20000 annotations')
    await expect(list.locator('.card__main').first().getAttribute('aria-label')).resolves.toMatch(/^Green highlight/)
    await page.getByLabel('Author', { exact: true }).selectOption('Olga')
    await shownLine(page, '1667 of 20000 annotations')
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await shownLine(page, '20000 of 20000 annotations')

    // Half way down the list, the cards there are drawn.
    await list.evaluate((element) => (element.scrollTop = element.scrollHeight / 2))
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.annotation-list__item')].some(
        (item) => Number(item.getAttribute('aria-posinset')) > 9_000,
      ),
    )

    // Alt+↓ and Alt+↑ step to the next and back from a card there.
    await list.locator('.card__main').nth(3).click()
    const clicked = await currentPlace(page)
    expect(clicked).toBeGreaterThan(9_000)
    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => currentPlace(page)).toBe(clicked + 1)
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(() => currentPlace(page)).toBe(clicked)

    // A click on a highlight in the text selects its card and brings it into the list's view.
    await list.evaluate((element) => (element.scrollTop = element.scrollHeight))
    const point = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll<HTMLElement>('[data-block-index]')]
      const block = blocks[Math.floor(blocks.length / 2)]!
      block.scrollIntoView({ block: 'center' })
      const text = document.createTreeWalker(block, NodeFilter.SHOW_TEXT).nextNode() as Text
      const range = document.createRange()
      range.setStart(text, 10)
      range.setEnd(text, 11)
      const rect = range.getBoundingClientRect()
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, block: Number(block.dataset.blockIndex) }
    })
    await page.mouse.click(point.x, point.y)
    await expect.poll(() => currentPlace(page)).toBe(point.block * perParagraph + 1)
    expect(health.problems).toEqual([])
  }, 180_000)
})
