/**
 * "Import 7 MB text to readable", measured as a user sees it in Chromium through the built browser host: a .txt file
 * is picked, its preview shown, then the clock starts at the click on Import and stops at the first painted frame in
 * which the reader shows the text's first block, can select it and can scroll. The alternative, in the same run:
 * Chromium opening the same text as a plain file (navigation → first frame with the text selectable).
 * Needs `npm run build` (npm run bench does it).
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { startBrowserHost } from '../../tests/support/browserHost'
import { launchChromium } from '../../tests/support/chromium'
import { largeTreatyText } from '../../tests/support/largeTreatyText'
import { makeTempDirectory } from '../../tests/support/tempDirectory'

/** Both figures of one run, in milliseconds. */
export type ReadableTimings = { importToReadable: number; plainFile: number; blocks: number; bytes: number }

/** Click Import in the open dialog and wait, frame by frame, until the first block is drawn, selectable, scrollable. */
function importToReadable(page: Page, firstBlock: string): Promise<number> {
  return page.evaluate(async (firstBlock) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))
    const button = Array.from(
      document.querySelectorAll<HTMLButtonElement>('dialog button, [role="dialog"] button'),
    ).find((each) => each.textContent?.trim() === 'Import')!
    const started = performance.now()
    button.click()
    const drawn = () => {
      const block = document.querySelector('.reader__text [data-block-index="0"]')
      return block?.textContent === firstBlock ? block : null
    }
    while (!drawn()) await frame()
    const selection = document.getSelection()!
    selection.selectAllChildren(drawn()!)
    const container = document.querySelector<HTMLElement>('.reader__scroll')!
    container.scrollTop = 400
    if (selection.toString().length === 0 || container.scrollTop === 0) {
      throw new Error('The reader was drawn but could not be selected or scrolled.')
    }
    await frame()
    const readable = performance.now() - started
    selection.removeAllRanges()
    return readable
  }, firstBlock)
}

/** Open the text as a plain file in a new page: navigation start → first frame with the text selectable. */
async function openPlainFile(page: Page, file: string): Promise<number> {
  const started = Date.now()
  await page.goto(pathToFileURL(file).href, { waitUntil: 'commit' })
  await page.evaluate(async () => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))
    while (!document.body || (document.body.textContent ?? '').length === 0) await frame()
    document.getSelection()!.selectAllChildren(document.body.firstElementChild ?? document.body)
    await frame()
  })
  return Date.now() - started
}

/** Import a generated Vietnamese text of about `megabytes` MB in a fresh library and time it to readable. */
export async function measureImportToReadable(megabytes: number): Promise<ReadableTimings> {
  const temp = makeTempDirectory('marginalia-import-bench')
  const host = await startBrowserHost(path.join(temp.path, 'library.sqlite3'))
  const browser = await launchChromium()
  try {
    const generated = largeTreatyText(megabytes * 1024 * 1024)
    const bytes = Buffer.from(generated.text, 'utf8')
    const file = path.join(temp.path, 'treaty-compilation.txt')
    fs.writeFileSync(file, bytes)
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.addInitScript('window.__name = (target) => target')
    await page.goto(host.url)
    await page.getByRole('navigation', { name: 'Library' }).waitFor()
    await page.getByLabel('Files to import').setInputFiles(file)
    const dialog = page.getByRole('dialog', { name: 'Import a document' })
    await dialog.getByRole('button', { name: 'Import', exact: true }).waitFor()
    // The preview (parsed before the user presses Import) is on screen when the user presses Import.
    await dialog
      .getByText(generated.paragraphs[1]!.slice(0, 40), { exact: false })
      .first()
      .waitFor({ timeout: 120_000 })
    const importTime = await importToReadable(page, generated.paragraphs[0]!)
    const plainPage = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await plainPage.addInitScript('window.__name = (target) => target')
    const plainFile = await openPlainFile(plainPage, file)
    return { importToReadable: importTime, plainFile, blocks: generated.paragraphs.length, bytes: bytes.length }
  } finally {
    await browser.close()
    await host.stop()
    temp.remove()
  }
}
