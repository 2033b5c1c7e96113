import path from 'node:path'
import type { Page } from 'playwright-core'
import type { AnnotationColor } from '../../src-main/common/model/annotation'
import { selectPassage, type PassageEnd } from './annotationPage'
import { startBrowserHost } from './browserHost'
import type { BrowserSession } from './browserSession'
import { watchPageHealth } from './chromium'
import { importOne, openApp, readerBlockTexts, type PickedFile } from './readerPage'

/** A plain-text draft file made of `paragraphs` (blank lines between them), as a user would pick it. */
export function draftFile(name: string, paragraphs: readonly string[]): PickedFile {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(paragraphs.join('\n\n'), 'utf8') }
}

/** Start a host on an empty library, open the app and import draft 1; returns once its paragraphs are shown. */
export async function openFirstDraft(session: BrowserSession, paragraphs: readonly string[], name: string) {
  session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } })
  const health = watchPageHealth(page)
  await openApp(page, session.host.url)
  await importOne(page, draftFile(name, paragraphs))
  await readerBlockTexts(page, paragraphs.length)
  return { page, health }
}

/** Highlight a passage in the reader with the selection toolbar and wait for its card. */
export async function highlight(page: Page, passage: PassageEnd, color: AnnotationColor): Promise<void> {
  await selectPassage(page, passage)
  const name = `Highlight in ${color[0]!.toUpperCase()}${color.slice(1)}`
  await page.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name }).click()
  await page
    .getByRole('region', { name: 'Annotations in reading order' })
    .locator('.card__main', { hasText: passage.quote })
    .first()
    .waitFor()
}

/** Pick the file of a new draft (after "Import new draft…" opened the picker) and accept the draft preview. */
export async function acceptDraftPreview(page: Page, file: PickedFile, draft: number): Promise<void> {
  await page.getByLabel('File of the new draft').setInputFiles(file)
  const dialog = page.getByRole('dialog', { name: new RegExp(`^Import draft ${draft} of`) })
  await dialog.getByRole('button', { name: `Import as draft ${draft}` }).click()
  await dialog.waitFor({ state: 'hidden' })
}

/** The draft report dialog that opens after a draft import. */
export function draftReport(page: Page, draft: number) {
  return page.getByRole('dialog', { name: new RegExp(`^Draft ${draft} of .*what happened to your annotations$`) })
}

/** The count shown beside one class in the report ("Reworded 1"). */
export async function reportCounts(page: Page, draft: number): Promise<Record<string, number>> {
  const list = draftReport(page, draft).getByRole('list', { name: 'Annotations by class' })
  await list.waitFor()
  const entries = await list
    .locator('li')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('.draft-report__count-name')?.textContent ?? '',
        Number(item.querySelector('.draft-report__count-value')?.textContent),
      ]),
    )
  return Object.fromEntries(entries) as Record<string, number>
}
