import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src-main/db/openStore'
import { paintedQuotes, selectPassage } from '../support/annotationPage'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { callHost } from '../support/hostApi'
import { importOne, openApp, readerBlockTexts } from '../support/readerPage'
import { addRevision } from '../support/seedDocument'

const session = useBrowserSession('marginalia-reattach-e2e')

const firstDraft = [
  '8. Hai bên nhất trí tăng cường hợp tác kinh tế và thương mại.',
  '9. Hai bên nhất trí thành lập Ủy ban liên Chính phủ về năng lượng.',
  '10. Các bên trao đổi về an ninh thông tin quốc tế.',
]
/** The next draft: paragraph 9 was reworded, so the annotated passage is gone. */
const secondDraft = [firstDraft[0]!, '9. Hai bên giao cho các bộ ngành nghiên cứu cơ chế phối hợp mới.', firstDraft[2]!]

describe('re-attaching an annotation the new draft lost', () => {
  it('lists it under "Needs attention", attaches it to newly selected text and paints it there', async () => {
    const databasePath = path.join(session.temp.path, 'library.sqlite3')
    session.host = await startBrowserHost(databasePath)
    const first = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const firstHealth = watchPageHealth(first)
    await openApp(first, session.host.url)
    const file = { name: 'du-thao.txt', mimeType: 'text/plain', buffer: Buffer.from(firstDraft.join('\n\n'), 'utf8') }
    await importOne(first, file)
    await readerBlockTexts(first, 3)
    await selectPassage(first, { startsWith: '9. ', quote: 'Ủy ban liên Chính phủ' })
    await first
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Highlight in Green' })
      .click()
    await first
      .getByRole('region', { name: 'Annotations in reading order' })
      .getByRole('button', { name: 'Green highlight, paragraph 9: Ủy ban liên Chính phủ' })
      .waitFor()
    expect(firstHealth.problems).toEqual([])
    await first.close()

    // A changed draft arrives (stored as the document's next revision while the app is closed).
    const [document] = await callHost(session.host, 'documents.list')
    await session.host.stop()
    const store = openStore({ path: databasePath })
    addRevision(store.db, document!.id, secondDraft)
    store.close()
    session.host = await startBrowserHost(databasePath)
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    await page.getByRole('button', { name: document!.title, exact: true }).click()
    expect(await readerBlockTexts(page, 3)).toEqual(secondDraft)

    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' })
    const cards = page.getByRole('region', { name: 'Annotations in reading order' })
    const attention = page.getByRole('region', { name: 'Needs attention (1)' })
    await expect(attention.locator('q').textContent()).resolves.toBe('Ủy ban liên Chính phủ')
    await expect(cards.getByRole('button').count()).resolves.toBe(0)
    await attention.getByRole('button', { name: 'Re-attach: Ủy ban liên Chính phủ' }).click()
    await attention.getByRole('status').filter({ hasText: 'Select the new passage in the text' }).waitFor()

    await selectPassage(page, { startsWith: '9. ', quote: 'cơ chế phối hợp mới' })
    await toolbar.getByRole('button', { name: 'Attach here' }).click()
    await attention.waitFor({ state: 'detached' })
    await cards.getByRole('button', { name: 'Green highlight, paragraph 9: cơ chế phối hợp mới' }).waitFor()
    await page.waitForFunction(() => (CSS.highlights.get('marginalia-green')?.size ?? 0) > 0)
    expect((await paintedQuotes(page)).green).toEqual(['cơ chế phối hợp mới'])

    // It stays attached after a reload.
    await page.reload()
    await page.getByRole('button', { name: document!.title, exact: true }).click()
    await cards.getByRole('button', { name: 'Green highlight, paragraph 9: cơ chế phối hợp mới' }).waitFor()
    await expect(page.getByRole('region', { name: /^Needs attention/ }).count()).resolves.toBe(0)
    expect(health.problems).toEqual([])
  })
})
