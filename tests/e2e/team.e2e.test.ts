import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { useBrowserSession } from '../support/browserSession'
import { watchPageHealth } from '../support/chromium'
import { openApp } from '../support/readerPage'
import { createColleague } from '../support/teamHarness'

const session = useBrowserSession('marginalia-team-e2e')

/** Open the document menu of the library's only document (the Menu key on its title) and pick `entry`. */
async function documentMenu(page: Page, entry: string): Promise<void> {
  const item = page.getByRole('navigation', { name: 'Library' }).locator('.library-item__open').first()
  await item.click({ button: 'right' })
  await page.getByRole('menuitem', { name: entry }).click()
}

describe('working with a colleague by file', () => {
  it('exports for a colleague, imports in a second app, shows the report and the conflict, and resolves it', async () => {
    // Lan and Olga annotate their own copies of one draft; both recolour the same highlight, differently.
    const lanPath = path.join(session.temp.path, 'lan.sqlite3')
    const olgaPath = path.join(session.temp.path, 'olga.sqlite3')
    const lan = await createColleague('Lan', lanPath)
    const olga = await createColleague('Olga', olgaPath)
    const lanDoc = await lan.importDraft()
    await olga.importDraft()
    const note = await lan.highlight(lanDoc, 'nuclear safety')
    await olga.api['team.importBundle'](await lan.api['team.exportBundle'](lanDoc))
    await lan.api['annotations.setColor'](note.id, 'green')
    await olga.api['annotations.setColor'](note.id, 'pink')
    await lan.remove()
    await olga.remove()

    session.host = await startBrowserHost(lanPath)
    const lanPage = await session.browser.newPage({ acceptDownloads: true })
    const lanHealth = watchPageHealth(lanPage)
    await openApp(lanPage, session.host.url)
    const [download] = await Promise.all([
      lanPage.waitForEvent('download'),
      documentMenu(lanPage, 'Export for colleagues…'),
    ])
    const bundlePath = path.join(session.temp.path, download.suggestedFilename())
    expect(bundlePath).toMatch(/\.marginalia$/)
    await download.saveAs(bundlePath)
    await lanPage.getByRole('dialog').getByRole('status').filter({ hasText: 'Send it to your colleagues' }).waitFor()
    expect(lanHealth.problems).toEqual([])
    await session.host.stop()

    session.host = await startBrowserHost(olgaPath)
    const page = await session.browser.newPage()
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      documentMenu(page, 'Import from a colleague…'),
    ])
    await chooser.setFiles(bundlePath)
    const report = page.getByRole('dialog', { name: 'What arrived from colleagues' })
    await report.getByText('Lan: 0 new, 0 changed, 0 deleted, 1 conflict', { exact: true }).waitFor()
    await report.getByRole('button', { name: 'Close' }).click()
    await report.waitFor({ state: 'hidden' })

    await page.getByRole('navigation', { name: 'Library' }).locator('.library-item__open').first().click()
    const conflict = page.getByRole('region', { name: 'Colleagues disagree: choose the version to keep' })
    await conflict.waitFor()
    const lansVersion = conflict.getByRole('listitem').filter({ hasText: 'Version by Lan' })
    await expect(lansVersion.textContent()).resolves.toContain('Green')
    await expect(
      conflict.getByRole('listitem').filter({ hasText: 'Version by Olga' }).textContent(),
    ).resolves.toContain('Pink')
    await lansVersion.getByRole('button', { name: 'Keep this one' }).click()
    await conflict.waitFor({ state: 'detached' })
    await expect(page.locator('.card').first().getAttribute('class')).resolves.toContain('card--green')
    expect(health.problems).toEqual([])
  })
})
