import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { useBrowserSession } from '../support/browserSession'
import { watchPageHealth } from '../support/chromium'
import { importOne, openApp, readerBlockTexts } from '../support/readerPage'

const session = useBrowserSession('marginalia-find-e2e')

const draft = [
  'Đảng và Nhà nước coi trọng quan hệ với Liên bang Nga.',
  'Hai bên bình đẳng, đang bàn các dạng hợp tác đáng chú ý.',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
].join('\n\n')

describe('find in document with "Match diacritics"', () => {
  it('"Đảng" finds only Đảng and ĐẢNG with the toggle on, and every folded match with it off', async () => {
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    await importOne(page, { name: 'dang.txt', mimeType: 'text/plain', buffer: Buffer.from(draft, 'utf8') })
    await readerBlockTexts(page, 3)
    await page.keyboard.press('Control+f')
    const bar = page.getByRole('search', { name: 'Find in document' })
    const field = bar.getByRole('searchbox', { name: 'Find in document' })
    await field.fill('Đảng')
    const status = bar.getByRole('status')
    // Off (as today): tone marks are folded away, so bình đẳng, đang, dạng and đáng match too.
    await expect.poll(() => status.textContent()).toBe('1 of 6')
    const toggle = bar.getByRole('checkbox', { name: 'Match diacritics' })
    await toggle.check()
    await expect.poll(() => status.textContent()).toBe('1 of 2')
    await field.press('Enter')
    await expect.poll(() => status.textContent()).toBe('2 of 2')
    const current = await page.evaluate(() => {
      const range = [...CSS.highlights.get('find-current')!][0] as StaticRange
      const live = document.createRange()
      live.setStart(range.startContainer, range.startOffset)
      live.setEnd(range.endContainer, range.endOffset)
      return live.toString()
    })
    expect(current).toBe('ĐẢNG')
    await toggle.uncheck()
    await expect.poll(() => status.textContent()).toBe('1 of 6')
    expect(health.problems).toEqual([])
  })
})
