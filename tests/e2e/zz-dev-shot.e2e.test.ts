import fs from 'node:fs'
import path from 'node:path'
import { it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { launchChromium, watchPageHealth } from '../support/chromium'
import { fakeDetail, plainTextBlocks, serveFakeDocuments } from '../support/fakeDocuments'

it('shots', async () => {
  const dir = fs.mkdtempSync('/tmp/reader-dev/db-')
  const host = await startBrowserHost(path.join(dir, 'l.sqlite3'))
  const browser = await launchChromium()
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, colorScheme: scheme })
      const health = watchPageHealth(page)
      const text = fs.readFileSync('/work/shared/corpus/joint-statement-vi.txt', 'utf8')
      const blocks = plainTextBlocks(text)
      blocks.splice(5, 0, { kind: 'listItem', text: '- Hợp tác quốc phòng - an ninh là một trong những trụ cột quan trọng, được hai bên khẳng định tiếp tục đẩy mạnh trong thời gian tới.', marks: [{ start: 2, end: 25, bold: true }] })
      await serveFakeDocuments(page, [fakeDetail('Tuyên bố chung Việt Nam – Nga', blocks), fakeDetail('Báo cáo hội đàm', plainTextBlocks(fs.readFileSync('/work/shared/corpus/talks-report-vi.txt', 'utf8')))])
      await page.goto(host.url)
      await page.getByRole('button', { name: 'Tuyên bố chung Việt Nam – Nga', exact: true }).click()
      await page.locator('[data-block-index="3"]').waitFor()
      await page.screenshot({ path: `/tmp/reader-dev/reader-${scheme}.png` })
      await page.keyboard.press('Control+f')
      await page.getByRole('searchbox', { name: 'Find in document' }).fill('duong sat')
      await page.waitForTimeout(300)
      await page.screenshot({ path: `/tmp/reader-dev/find-${scheme}.png` })
      console.log(scheme, await page.getByRole('status').filter({ hasText: 'of' }).textContent(), health.problems)
    }
  } finally {
    await browser.close()
    await host.stop()
  }
}, 60000)
