import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { cardNames } from '../support/annotationPage'
import { threadedDraftDocx } from '../support/commentedDocx'
import { openApp, readerBlockTexts } from '../support/readerPage'

const session = useBrowserSession('marginalia-incoming-e2e')

describe('annotations that arrive inside files', () => {
  it('a Word draft full of comments: the preview counts them, the panel shows the threads', async () => {
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)

    await page.getByLabel('Files to import').setInputFiles({
      name: 'Dự thảo có bình luận.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(threadedDraftDocx()),
    })
    const dialog = page.getByRole('dialog', { name: 'Import a document' })
    await dialog.getByText('5 comments by 3 people will come in as annotations.').waitFor()
    await dialog
      .getByText('2 tracked changes were accepted into the text: insertions kept, deletions removed.')
      .waitFor()
    await dialog.getByRole('button', { name: /^Import$/ }).click()
    await dialog.waitFor({ state: 'hidden' })

    await expect(readerBlockTexts(page, 2)).resolves.toEqual([
      '9. Hai bên nhất trí tăng cường hợp tác.',
      'Стороны согласились расширить сотрудничество.',
    ])
    const names = await cardNames(page)
    expect(names).toHaveLength(3)
    expect(names[0]).toContain('nhất trí tăng cường')
    expect(names[2]).toContain('согласились')

    const panel = page.getByRole('region', { name: 'Annotations in reading order' })
    await panel.locator('.card__main').first().click()
    const thread = page.getByRole('group', { name: 'Thread on “nhất trí tăng cường”' })
    await thread.getByText('Согласен.').waitFor()
    await thread.getByText('Cảm ơn.').waitFor()
    await expect(thread.getByText('Nguyễn Thị Lan', { exact: false }).count()).resolves.toBeGreaterThan(0)
    expect(health.problems).toEqual([])
  })
})
