import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { useBrowserSession } from '../support/browserSession'
import { selectPassage } from '../support/annotationPage'
import { importOne, openApp, readerBlockTexts } from '../support/readerPage'

const session = useBrowserSession('marginalia-thread-erase-e2e')

const draft = ['1. Hai bên nhất trí tăng cường hợp tác năng lượng.', '2. Phía Nga ủng hộ dự án đường sắt.'].join('\n\n')
const marker = 'zqthreade2emarker'

const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })

/** How many backups hold `marker` (what `grep -c` over the backups folder would find). */
function backupsHolding(text: string): number {
  const folder = path.join(session.temp.path, 'backups')
  if (!fs.existsSync(folder)) return 0
  return fs
    .readdirSync(folder)
    .filter((name) => fs.readFileSync(path.join(folder, name)).includes(Buffer.from(text, 'utf8'))).length
}

describe('deleting a comment thread', () => {
  it('offers to remove it from the backups too, and afterwards no backup holds it', async () => {
    const databasePath = path.join(session.temp.path, 'library.sqlite3')
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
    session.host = await startBrowserHost(databasePath)
    await openApp(page, session.host.url)
    await importOne(page, { name: 'du-thao.txt', mimeType: 'text/plain', buffer: Buffer.from(draft, 'utf8') })
    await readerBlockTexts(page, 2)
    await selectPassage(page, { startsWith: '1. ', quote: 'hợp tác năng lượng' })
    await page.keyboard.press('Control+Alt+M')
    await page.keyboard.type(`Ý kiến ${marker}`)
    await page.keyboard.press('Control+Enter')
    await panel(page).locator('.comment', { hasText: marker }).waitFor()
    // A backup taken now holds the comment (as the exit backup of a session would).
    await session.host.stop()
    session.host = await startBrowserHost(databasePath)
    expect(backupsHolding(marker)).toBeGreaterThan(0)

    await openApp(page, session.host.url)
    await page.getByRole('navigation', { name: 'Library' }).getByText('du-thao', { exact: false }).first().click()
    const card = panel(page).getByRole('button', { name: /: hợp tác năng lượng$/ })
    await card.click()
    await panel(page).getByRole('button', { name: 'Delete annotation' }).click()
    const status = panel(page).getByRole('status').filter({ hasText: 'Annotation deleted.' })
    await status.getByRole('button', { name: 'Also remove from backups' }).click()
    await panel(page).getByRole('status').filter({ hasText: 'Removed from the backups too' }).waitFor()
    expect(backupsHolding(marker)).toBe(0)
  })
})
