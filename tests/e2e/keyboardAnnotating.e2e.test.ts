import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { callHost } from '../support/hostApi'
import { importOne, openApp, readerBlockTexts } from '../support/readerPage'
import { cardNames, selectPassage } from '../support/annotationPage'

const session = useBrowserSession('marginalia-keyboard-e2e')

const draft = [
  '1. Hai bên nhất trí tăng cường hợp tác năng lượng và dầu khí.',
  '2. Phía Nga ủng hộ dự án đường sắt cao tốc Bắc – Nam.',
  '3. Các bên trao đổi về an ninh thông tin quốc tế.',
  '4. Hai bên nhấn mạnh tầm quan trọng của luật pháp quốc tế.',
].join('\n\n')

async function openDraft(page: Page): Promise<void> {
  session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
  await openApp(page, session.host.url)
  await importOne(page, { name: 'du-thao.txt', mimeType: 'text/plain', buffer: Buffer.from(draft, 'utf8') })
  await readerBlockTexts(page, 4)
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })

/** The comments stored for the open document, as main has them (what survives a reload). */
async function storedComments(): Promise<string[]> {
  const [document] = await callHost(session.host!, 'documents.list')
  const annotations = await callHost(session.host!, 'annotations.list', document!.id)
  return annotations.flatMap((annotation) => annotation.comments.map((comment) => comment.body))
}

describe('annotating from the keyboard', () => {
  it('Ctrl+Alt+M puts the caret in the comment box at once: text typed at full speed is saved, three times running', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const health = watchPageHealth(page)
    await openDraft(page)
    const passages = [
      { startsWith: '1. ', quote: 'hợp tác năng lượng', comment: 'Quan trọng: nêu tại cuộc họp sáng mai' },
      { startsWith: '2. ', quote: 'đường sắt cao tốc', comment: 'Hỏi Bộ Giao thông về nguồn vốn' },
      { startsWith: '3. ', quote: 'an ninh thông tin', comment: 'Bản tiếng Nga dùng từ khác' },
    ]
    for (const [index, passage] of passages.entries()) {
      await selectPassage(page, passage)
      await page.keyboard.press('Control+Alt+M')
      await page.keyboard.type(passage.comment)
      await page.keyboard.press('Control+Enter')
      // Saved: the comment shows in the thread, and the box it was typed in is empty again.
      await panel(page).locator('.comment', { hasText: passage.comment }).waitFor()
      await expect.poll(() => storedComments().then((comments) => comments.length)).toBe(index + 1)
    }
    expect((await storedComments()).sort()).toEqual(passages.map((passage) => passage.comment).sort())
    expect(health.problems).toEqual([])
  })

  it('the T key opens the tag box with the caret in it: a tag typed at once is added', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    await openDraft(page)
    await selectPassage(page, { startsWith: '2. ', quote: 'đường sắt cao tốc' })
    await page.keyboard.press('t')
    await page.keyboard.type('Hạ tầng')
    await page.keyboard.press('Enter')
    await panel(page).getByRole('listitem').filter({ hasText: 'Hạ tầng' }).first().waitFor()
    const [document] = await callHost(session.host!, 'documents.list')
    await expect
      .poll(async () => (await callHost(session.host!, 'annotations.list', document!.id))[0]?.tags.map((t) => t.name))
      .toEqual(['Hạ tầng'])
  })

  it('Alt+↓ / Alt+↑ visit every annotation in order once focus is in the list, skipping none', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    await openDraft(page)
    for (const [startsWith, quote, key] of [
      ['1. ', 'hợp tác năng lượng', '1'],
      ['2. ', 'đường sắt cao tốc', '2'],
      ['3. ', 'an ninh thông tin', '3'],
      ['4. ', 'luật pháp quốc tế', '4'],
    ] as const) {
      await selectPassage(page, { startsWith, quote })
      await page.keyboard.press(key)
      await panel(page)
        .getByRole('button', { name: new RegExp(`: ${quote}$`) })
        .waitFor()
    }
    expect(await cardNames(page)).toHaveLength(4)
    const current = () => panel(page).locator('[aria-current="true"]').getAttribute('aria-label')
    await panel(page)
      .getByRole('button', { name: /: hợp tác năng lượng$/ })
      .click()
    await expect.poll(current).toMatch(/: hợp tác năng lượng$/)
    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(current).toMatch(/: đường sắt cao tốc$/)
    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(current).toMatch(/: an ninh thông tin$/)
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(current).toMatch(/: đường sắt cao tốc$/)
  })

  it('after "Delete annotation" the caret goes to the next card, and the panel says "Annotation deleted" with Undo', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    await openDraft(page)
    await selectPassage(page, { startsWith: '1. ', quote: 'hợp tác năng lượng' })
    await page.keyboard.press('1')
    await selectPassage(page, { startsWith: '3. ', quote: 'an ninh thông tin' })
    await page.keyboard.press('3')
    const first = panel(page).getByRole('button', { name: /: hợp tác năng lượng$/ })
    await panel(page)
      .getByRole('button', { name: /: an ninh thông tin$/ })
      .waitFor()
    await first.click()
    await panel(page).getByRole('button', { name: 'Delete annotation' }).click()
    await first.waitFor({ state: 'detached' })
    const status = panel(page).getByRole('status').filter({ hasText: 'Annotation deleted.' })
    await status.waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/: an ninh thông tin$/)
    await status.getByRole('button', { name: 'Undo' }).click()
    await first.waitFor()
    await panel(page).getByRole('status').filter({ hasText: 'Undone: delete' }).waitFor()
  })

  it('a highlight made while the app cannot be reached says it was not saved, stays, and is saved once the app is back', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const health = watchPageHealth(page)
    await openDraft(page)
    // The server stops answering: every call fails at the network, as when `npm run serve` was stopped.
    const refuse = (route: { abort: () => Promise<void> }) => route.abort()
    await page.route('**/api/call/**', refuse)
    await selectPassage(page, { startsWith: '4. ', quote: 'luật pháp quốc tế' })
    await page.keyboard.press('5')
    await panel(page).getByRole('alert').filter({ hasText: 'The highlight was not saved' }).waitFor()
    const card = panel(page).getByRole('button', { name: /^Purple highlight, paragraph 4: luật pháp quốc tế$/ })
    await expect(card.textContent()).resolves.toContain('Not saved yet')
    const [document] = await callHost(session.host!, 'documents.list')
    expect(await callHost(session.host!, 'annotations.list', document!.id)).toHaveLength(0)

    await page.unroute('**/api/call/**', refuse)
    await expect
      .poll(async () => (await callHost(session.host!, 'annotations.list', document!.id)).map((a) => a.target.exact))
      .toEqual(['luật pháp quốc tế'])
    await expect.poll(() => card.textContent()).not.toContain('Not saved yet')
    // Console errors of the refused requests are expected; nothing else may break.
    expect(health.problems.filter((problem) => !problem.includes('net::ERR_FAILED'))).toEqual([])
  })
})
