import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { useBrowserSession } from '../support/browserSession'
import { watchPageHealth } from '../support/chromium'
import { openApp } from '../support/readerPage'
import { createColleague } from '../support/teamHarness'

const session = useBrowserSession('marginalia-team-filters-e2e')

/** Open the document menu of the library's only document and pick `entry`. */
async function documentMenu(page: Page, entry: string): Promise<void> {
  const item = page.getByRole('navigation', { name: 'Library' }).locator('.library-item__open').first()
  await item.click({ button: 'right' })
  await page.getByRole('menuitem', { name: entry }).click()
}

describe('the panel’s team filters', () => {
  it('after a colleague’s file, shows what is new since the last sync and the conflicts, with counts', async () => {
    // Olga already has Lan's first highlight; then Lan adds one with a comment and both recolour the first.
    const lanPath = path.join(session.temp.path, 'lan.sqlite3')
    const olgaPath = path.join(session.temp.path, 'olga.sqlite3')
    const lan = await createColleague('Lan', lanPath)
    const olga = await createColleague('Olga', olgaPath)
    const lanDoc = await lan.importDraft()
    const olgaDoc = await olga.importDraft()
    await olga.highlight(olgaDoc, 'Стороны')
    const note = await lan.highlight(lanDoc, 'nuclear safety')
    await olga.api['team.importBundle'](await lan.api['team.exportBundle'](lanDoc))
    await lan.highlight(lanDoc, 'Các Bên', 'Xem lại Điều 1')
    await lan.api['annotations.setColor'](note.id, 'green')
    await olga.api['annotations.setColor'](note.id, 'pink')
    const file = await lan.api['team.exportBundle'](lanDoc)
    const bundlePath = path.join(session.temp.path, file.name)
    fs.writeFileSync(bundlePath, file.bytes)
    await lan.remove()
    await olga.remove()

    session.host = await startBrowserHost(olgaPath)
    const page = await session.browser.newPage()
    const health = watchPageHealth(page)
    await openApp(page, session.host.url)
    await page.getByRole('navigation', { name: 'Library' }).locator('.library-item__open').first().click()
    const filters = page.getByRole('search', { name: 'Filter annotations' })
    const shown = filters.getByRole('status')
    await shown.filter({ hasText: '2 of 2 annotations' }).waitFor()
    // The first merge brought Lan's highlight: it is new since that merge, and nothing is in conflict yet.
    await filters.getByLabel('New since my last sync (1)').waitFor()
    expect(await filters.getByText(/^Conflicts/).count()).toBe(0)

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      documentMenu(page, 'Import from a colleague…'),
    ])
    await chooser.setFiles(bundlePath)
    const report = page.getByRole('dialog', { name: 'What arrived from colleagues' })
    await report.getByText('Lan: 2 new, 0 changed, 0 deleted, 1 conflict', { exact: true }).waitFor()
    await report.getByRole('button', { name: 'Close' }).click()
    await report.waitFor({ state: 'hidden' })

    await shown.filter({ hasText: '3 of 3 annotations' }).waitFor()
    const cards = page.locator('.annotation-list .card')
    await expect(cards.locator('.card__meta').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^Olga \(you\)/u), expect.stringMatching(/^Lan/u)]),
    )

    await filters.getByLabel('New since my last sync (2)').check()
    await shown.filter({ hasText: '2 of 3 annotations' }).waitFor()
    await filters.getByLabel('Conflicts (1)').waitFor()
    const quotes = await cards.locator('.card__quote').allTextContents()
    expect(quotes.sort()).toEqual(['Các Bên', 'nuclear safety'])

    await filters.getByLabel('Conflicts (1)').check()
    await shown.filter({ hasText: '1 of 3 annotations' }).waitFor()
    await expect(cards.locator('.card__quote').allTextContents()).resolves.toEqual(['nuclear safety'])
    await page.getByRole('region', { name: 'Colleagues disagree: choose the version to keep' }).waitFor()

    await filters.getByRole('button', { name: 'Clear filters' }).click()
    await shown.filter({ hasText: '3 of 3 annotations' }).waitFor()
    expect(health.problems).toEqual([])
  })
})
