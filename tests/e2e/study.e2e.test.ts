import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src-main/db/openStore'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { callHost } from '../support/hostApi'
import { openApp } from '../support/readerPage'
import { seedDocument } from '../support/seedDocument'
import { composeStudyServices } from '../support/studyParts'
import { newSchedule } from '../../src-main/common/study/scheduler'

const session = useBrowserSession('marginalia-study-e2e')

const paragraphs = [
  '1. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí.',
  '2. Phía Nga hoan nghênh các doanh nghiệp Việt Nam tham gia dự án khai thác khoáng sản.',
  '3. Hai bên khẳng định tầm quan trọng của hợp tác giáo dục, khoa học và công nghệ.',
  '4. Стороны договорились расширять сотрудничество в области образования.',
  '5. Hai bên sẽ tổ chức kỳ họp tiếp theo của Ủy ban liên Chính phủ tại Hà Nội.',
  '6. Hai bên nhấn mạnh vai trò của giao lưu nhân dân và hợp tác địa phương.',
]
const quotes = ['năng lượng', 'khoáng sản', 'giáo dục', 'сотрудничество', 'Hà Nội', 'giao lưu nhân dân']
const screenshots = process.env.STUDY_SCREENSHOTS

/** The number the review screen shows as due ("3 cards due"). */
async function dueShown(page: Page, count: number): Promise<void> {
  const label = count === 1 ? '1 card due' : `${count} cards due`
  await page.getByRole('region', { name: 'Review card' }).getByText(label, { exact: true }).waitFor()
}

describe('study mode in the browser host', () => {
  it('makes cards from a tag, reviews five with the keyboard, undoes one, and exports them for Anki', async () => {
    const databasePath = path.join(session.temp.path, 'library.sqlite3')
    const store = openStore({ path: databasePath })
    const { documentId } = seedDocument(store.db, paragraphs)
    store.close()
    session.host = await startBrowserHost(databasePath)
    const text = paragraphs.join('\n')
    for (const quote of quotes) {
      const start = text.indexOf(quote)
      await callHost(session.host, 'annotations.create', {
        documentId,
        start,
        end: start + quote.length,
        color: 'yellow',
        tags: ['Ôn thi'],
      })
    }
    const page = await session.browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 860 } })
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)

    // From the tag: "Study these…", leave one card out, create five.
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    const search = page.getByRole('dialog', { name: 'Search the library' })
    await search.getByRole('tab', { name: 'Tag collections' }).click()
    await search.getByLabel('Tag').selectOption({ label: 'Ôn thi (6)' })
    await search
      .getByRole('region', { name: 'Passages tagged Ôn thi' })
      .getByRole('button', { name: 'Study these…' })
      .click()
    const preview = page.getByRole('dialog', { name: 'Make study cards' })
    const cards = preview.getByRole('listitem')
    await cards.nth(5).waitFor()
    await expect(cards.nth(0).getByRole('textbox').inputValue()).resolves.toBe(
      'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực {{c1::năng lượng}} và công nghiệp dầu khí.',
    )
    await expect(cards.nth(3).getByRole('textbox').inputValue()).resolves.toBe(
      'Стороны договорились расширять {{c1::сотрудничество}} в области образования.',
    )
    await cards.nth(5).getByRole('checkbox', { name: 'Include this card' }).uncheck()
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'study-preview.png') })
    await preview.getByRole('button', { name: 'Create 5 cards' }).click()
    await preview.waitFor({ state: 'hidden' })
    await page.keyboard.press('Escape')
    await search.waitFor({ state: 'hidden' })

    // Review five cards with the keyboard only.
    await page.getByRole('button', { name: 'Study (5 due)' }).click()
    const review = page.getByRole('region', { name: 'Review card' })
    await dueShown(page, 5)
    await expect(review.locator('.study-card__text').textContent()).resolves.toMatch(/\[…\]/)
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'study-review-front.png') })
    for (const [index, rating] of ['3', '3', '1', '4', '3'].entries()) {
      // The next card is in place once its "Show answer" button is (the answered one shows its ratings until then).
      await review.getByRole('button', { name: /Show answer/ }).waitFor()
      await page.keyboard.press('Space')
      await review.getByRole('button', { name: /Good/ }).waitFor()
      if (screenshots && index === 0) await page.screenshot({ path: path.join(screenshots, 'study-review-back.png') })
      await page.keyboard.press(rating)
      if (index < 4) await dueShown(page, 4 - index)
    }
    await review.getByText('Nothing is due. Well done — come back later.').waitFor()
    await dueShown(page, 0)

    // U takes back the last answer: that card is due again.
    const done = review.getByText('Nothing is due. Well done — come back later.')
    const answerAgainEasy = async () => {
      // Keys act on the card once it is shown (its "Show answer" button), and 4 once its answer is revealed.
      await review.getByRole('button', { name: /Show answer/ }).waitFor()
      await page.keyboard.press('Space')
      await review.getByRole('button', { name: /Easy/ }).waitFor()
      await page.keyboard.press('4')
      await dueShown(page, 0)
      await done.waitFor()
    }
    await page.keyboard.press('u')
    await review.getByText('Last answer undone.').waitFor()
    await dueShown(page, 1)
    await answerAgainEasy()
    // Ctrl+Z does the same inside the review, instead of undoing annotation edits behind it.
    await page.keyboard.press('Control+z')
    await dueShown(page, 1)
    await answerAgainEasy()

    // Progress and the Anki export.
    await page.getByRole('tab', { name: 'Progress' }).click()
    const progress = page.getByRole('region', { name: 'Progress' })
    await progress.getByText('Reviews per day, last 30 days').waitFor()
    await progress.locator('canvas').nth(1).waitFor()
    await expect(
      progress
        .getByRole('row', { name: new Date().toISOString().slice(0, 10) })
        .last()
        .textContent(),
    ).resolves.toContain('5')
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'study-progress.png') })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      progress.getByRole('button', { name: 'Export for Anki…' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^marginalia-study-\d{4}-\d\d-\d\d\.txt$/)
    const deck = fs.readFileSync((await download.path())!, 'utf8').split('\n')
    expect(deck.slice(0, 5)).toEqual([
      '#separator:tab',
      '#html:false',
      '#notetype:Cloze',
      '#deck:Marginalia',
      '#tags column:4',
    ])
    const notes = deck.filter((line) => line && !line.startsWith('#'))
    expect(notes).toHaveLength(5)
    expect(notes).toContain(
      'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực {{c1::năng lượng}} và công nghiệp dầu khí.\t\tTest ¶1\tÔn_thi',
    )
    expect(notes.some((line) => line.includes('{{c1::giao lưu nhân dân}}'))).toBe(false)
    expect(health.problems).toEqual([])
  })

  it('stays instant with 10,000 cards due at once: one card is shown, answers move on at once', async () => {
    const databasePath = path.join(session.temp.path, 'library.sqlite3')
    const store = openStore({ path: databasePath })
    const { documentId } = seedDocument(store.db, paragraphs)
    const parts = composeStudyServices(store.db)
    const start = paragraphs[0]!.indexOf('năng lượng')
    const annotation = parts.annotations.create({ documentId, start, end: start + 10, color: 'green' })
    const [template] = parts.study.createCards([annotation.id], 'cloze')
    const created = Date.now()
    parts.transaction(() => {
      for (let index = 1; index < 10_000; index++) {
        parts.repository.insert({
          id: crypto.randomUUID(),
          kind: 'cloze',
          documentId,
          annotationIds: [annotation.id],
          prompt: template!.prompt.replace('Hai bên', `Thẻ ${index + 1}: Hai bên`),
          answer: '',
          sourceLabel: '1',
          sourceQuotes: ['năng lượng'],
          createdAt: template!.createdAt,
          schedule: newSchedule(new Date(created - 60_000 + index).toISOString()),
        })
      }
    })
    store.close()
    session.host = await startBrowserHost(databasePath)
    const page = await session.browser.newPage()
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    await page.getByRole('button', { name: 'Study (10000 due)' }).click()
    await dueShown(page, 10_000)
    const review = page.getByRole('region', { name: 'Review card' })
    // Only the card under review is in the page, never the due list.
    await expect(review.locator('.study-card').count()).resolves.toBe(1)
    for (let answered = 1; answered <= 3; answered++) {
      await page.keyboard.press('Space')
      await review.getByRole('button', { name: /Good/ }).waitFor()
      await page.keyboard.press('3')
      await dueShown(page, 10_000 - answered)
    }
    // "Show in text" closes the study window and flashes the annotation the card came from in the reader.
    await review.getByRole('button', { name: 'Show in text' }).click()
    await page.getByRole('dialog', { name: 'Study' }).waitFor({ state: 'hidden' })
    await page.waitForFunction(() => (CSS.highlights.get('reveal-flash')?.size ?? 0) > 0)
    const flashed = await page.evaluate(() => {
      const range = [...CSS.highlights.get('reveal-flash')!][0] as StaticRange
      const live = document.createRange()
      live.setStart(range.startContainer, range.startOffset)
      live.setEnd(range.endContainer, range.endOffset)
      return live.toString()
    })
    expect(flashed).toBe('năng lượng')
    expect(health.problems).toEqual([])
  })
})
