import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { encodeAs, toWindows1258 } from '../support/legacyEncodings'
import { makeDraftDocx } from '../support/officeFixtures'
import { makeDraftPdf } from '../support/pdfFixtures'
import { importOne, openApp, readerBlockTexts, readerText, type PickedFile } from '../support/readerPage'

const session = useBrowserSession('marginalia-formats-e2e')

const draft = 'Kết luận chung\n\n9. Hai bên nhất trí thúc đẩy hợp tác đường sắt tốc độ cao.\n\n- Hợp tác quốc phòng.\n'
const draftBlocks = [
  'Kết luận chung',
  '9. Hai bên nhất trí thúc đẩy hợp tác đường sắt tốc độ cao.',
  '- Hợp tác quốc phòng.',
]

function picked(name: string, bytes: Uint8Array, mimeType = 'application/octet-stream'): PickedFile {
  return { name, mimeType, buffer: Buffer.from(bytes) }
}

/** Import one file through the picker and its preview, and read the blocks the reader then shows. */
async function importAndRead(page: Page, file: PickedFile): Promise<string[]> {
  await importOne(page, file)
  await page.locator('.reader__title').waitFor()
  return readerBlockTexts(page)
}

describe('every format through the window', () => {
  it('reads legacy Vietnamese encodings, Markdown, HTML, Word and PDF into the same clean text', async () => {
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    const files = [
      picked('draft-1258.txt', toWindows1258(draft), 'text/plain'),
      picked(
        'draft-tcvn3.txt',
        encodeAs(draft.replace('Kết luận chung', 'Kết luận chung (TCVN3)'), 'tcvn3'),
        'text/plain',
      ),
      picked(
        'draft.md',
        new TextEncoder().encode('# Kết luận chung\n\n9. Hai bên **nhất trí** thúc đẩy.\n\n> Trích dẫn.\n'),
      ),
      picked(
        'draft.html',
        new TextEncoder().encode(
          '<h1>Bản tin</h1><p onclick="alert(1)">9. Hai bên <em>nhất trí</em>.</p><script>window.ran = true</script><img src="http://example.com/x.png"><p><a href="javascript:alert(1)">Liên kết</a></p>',
        ),
      ),
      picked('draft.docx', await makeDraftDocx()),
      picked('draft.pdf', await makeDraftPdf()),
    ]
    const [legacy, tcvn3, markdownFile, htmlFile, docx, pdfFile] = files
    await expect(importAndRead(page, legacy!)).resolves.toEqual(draftBlocks)
    await expect(importAndRead(page, tcvn3!)).resolves.toContain(draftBlocks[1])

    const markdown = await importAndRead(page, markdownFile!)
    expect(markdown).toContain('9. Hai bên nhất trí thúc đẩy.')
    await expect(
      readerText(page)
        .locator('h1', { hasText: /^Kết luận chung$/ })
        .count(),
    ).resolves.toBe(1)
    await expect(readerText(page).locator('.text--bold', { hasText: 'nhất trí' }).count()).resolves.toBe(1)

    const html = await importAndRead(page, htmlFile!)
    expect(html).toContain('9. Hai bên nhất trí.')
    await expect(page.evaluate(() => (window as { ran?: boolean }).ran)).resolves.toBeUndefined()
    await expect(readerText(page).locator('script, img, a, [onclick]').count()).resolves.toBe(0)

    const word = await importAndRead(page, docx!)
    expect(word).toContain('9. Hai bên nhất trí tăng cường hợp tác về đường sắt.')
    expect(word).toContain('12(b) Điều 3 được giữ nguyên.')
    await expect(readerText(page).locator('.text--bold', { hasText: 'nhất trí' }).count()).resolves.toBe(1)
    await expect(readerText(page).locator('.text--italic', { hasText: 'hợp tác' }).count()).resolves.toBe(1)
    await expect(
      readerText(page)
        .locator('h2', { hasText: /^Kết luận$/ })
        .count(),
    ).resolves.toBe(1)

    const pdf = await importAndRead(page, pdfFile!)
    expect(pdf).toContain(
      '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí, đường sắt cao tốc.',
    )
    expect(pdf.some((text) => text.includes('cooperation in education'))).toBe(true)
    expect(pdf).toContain('Kết luận')
    await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem').count()).resolves.toBe(6)
    expect(health.problems).toEqual([])
  }, 120_000)
})
