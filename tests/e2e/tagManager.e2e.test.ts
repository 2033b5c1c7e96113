import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { callHost } from '../support/hostApi'
import { importOne, openApp, readerBlockTexts } from '../support/readerPage'

const session = useBrowserSession('marginalia-tags-e2e')

const draft = [
  '1. Hai bên nhất trí tăng cường hợp tác năng lượng và dầu khí.',
  '2. Phía Nga ủng hộ dự án đường sắt cao tốc Bắc – Nam.',
  '3. Các bên trao đổi về an ninh thông tin quốc tế.',
].join('\n\n')

/** The text of the annotation card whose quote is `quote` (its tags show as chips inside it). */
function cardText(page: Page, quote: string): Promise<string | null> {
  return page
    .getByRole('region', { name: 'Annotations in reading order' })
    .getByRole('button', { name: new RegExp(`: ${quote}$`) })
    .textContent()
}

describe('the tag manager', () => {
  it('renames a tag everywhere, merges two tags adding their counts, and deletes one after showing its count', async () => {
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    await importOne(page, { name: 'du-thao.txt', mimeType: 'text/plain', buffer: Buffer.from(draft, 'utf8') })
    await readerBlockTexts(page, 3)

    // The scene, made through the API: what the test is about is the manager.
    const [document] = await callHost(session.host, 'documents.list')
    const { text } = (await callHost(session.host, 'documents.open', document!.id)).revision
    const annotate = (quote: string, tags: string[]) => {
      const start = text.indexOf(quote)
      return callHost(session.host!, 'annotations.create', {
        documentId: document!.id,
        start,
        end: start + quote.length,
        color: 'yellow',
        tags,
      })
    }
    await annotate('hợp tác năng lượng', ['Energy', 'Ưu tiên'])
    await annotate('đường sắt cao tốc', ['Rail'])
    await annotate('an ninh thông tin', ['Hạ tầng', 'Ưu tiên'])
    await expect.poll(() => cardText(page, 'đường sắt cao tốc')).toContain('Rail')

    await page.getByRole('button', { name: 'Manage tags' }).click()
    const manager = page.getByRole('dialog', { name: 'Tags' })
    const row = (name: string) =>
      manager.getByRole('listitem').filter({ has: page.getByLabel(`Colour of ${name}`, { exact: true }) })

    await row('Energy').getByRole('button', { name: 'Rename' }).click()
    await manager.getByLabel('New name for Energy').fill('Năng lượng')
    await manager.getByRole('button', { name: 'Save' }).click()
    await expect(row('Năng lượng').textContent()).resolves.toContain('1 annotation')
    await expect(row('Energy').count()).resolves.toBe(0)
    await expect.poll(() => cardText(page, 'hợp tác năng lượng')).toContain('Năng lượng')
    expect(await cardText(page, 'hợp tác năng lượng')).not.toContain('Energy')

    await row('Rail').getByLabel('Merge Rail into').selectOption({ label: 'Hạ tầng' })
    await row('Rail').getByRole('button', { name: 'Merge' }).click()
    await expect.poll(() => row('Rail').count()).toBe(0)
    await expect(row('Hạ tầng').textContent()).resolves.toContain('2 annotations')
    await expect.poll(() => cardText(page, 'đường sắt cao tốc')).toContain('Hạ tầng')

    await row('Ưu tiên').getByRole('button', { name: 'Delete' }).click()
    await expect(manager.getByRole('alert').textContent()).resolves.toContain(
      'Delete the tag “Ưu tiên”? It will be removed from 2 annotations.',
    )
    await manager.getByRole('button', { name: 'Delete tag' }).click()
    await expect.poll(() => row('Ưu tiên').count()).toBe(0)
    await expect.poll(() => cardText(page, 'an ninh thông tin')).not.toContain('Ưu tiên')
    expect(await cardText(page, 'an ninh thông tin')).toContain('Hạ tầng')
    expect(await cardText(page, 'hợp tác năng lượng')).not.toContain('Ưu tiên')
    expect(health.problems).toEqual([])
  })
})
