import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { cardNames } from '../support/annotationPage'
import { threadedDraftDocx } from '../support/commentedDocx'
import { openApp, readerBlockTexts } from '../support/readerPage'
import { briefingPdfExporter } from '../../src-main/exporters/briefingPdfExporter'
import { silentProgress } from '../../src-main/exporters/exporter'
import { blocksFromText, documentFrom, exportInputFor, find, makeAnnotation } from '../support/exportFixture'

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

  it('an annotated briefing PDF: the preview counts its notes, the panel shows the thread', async () => {
    const fixture = documentFrom(
      blocksFromText('Tuyên bố chung\n\n9. Hai bên nhất trí tăng cường hợp tác về năng lượng và giáo dục.'),
      'Tuyên bố chung',
    )
    const annotation = makeAnnotation(fixture.revision, {
      ...find(fixture.revision.text, 'hợp tác về năng lượng'),
      color: 'green',
      author: 'Nguyễn Thị Lan',
      comment: 'Cần làm rõ.',
      replies: [{ author: 'Иван Петров', body: 'Согласен.' }],
    })
    const pdf = await briefingPdfExporter.write(
      exportInputFor({ ...fixture, annotations: [annotation] }, { notes: 'footer' }),
      silentProgress,
    )
    session.host ??= await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    await page.getByLabel('Files to import').setInputFiles({
      name: 'briefing.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdf),
    })
    const dialog = page.getByRole('dialog', { name: 'Import a document' })
    await dialog.getByText('2 comments by 2 people will come in as annotations.').waitFor()
    await dialog.getByRole('button', { name: /^Import$/ }).click()
    await dialog.waitFor({ state: 'hidden' })

    const names = await cardNames(page)
    expect(names).toHaveLength(1)
    expect(names[0]).toContain('hợp tác về năng lượng')
    await page.getByRole('region', { name: 'Annotations in reading order' }).locator('.card__main').first().click()
    const thread = page.getByRole('group', { name: 'Thread on “hợp tác về năng lượng”' })
    await thread.getByText('Cần làm rõ.').waitFor()
    await thread.getByText('Согласен.').waitFor()
    expect(health.problems).toEqual([])
  })
})
