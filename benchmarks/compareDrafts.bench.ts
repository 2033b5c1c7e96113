/**
 * Opening the compare view between two drafts of a 1 MB Vietnamese text, in Chromium through the built browser
 * host: draft 1 is imported, draft 2 (every 15th paragraph reworded, every 40th deleted, one in 50 inserted, a
 * few moved) is imported as its next draft, then the user clicks "Compare drafts".
 * - first paint: click → the first compared paragraphs are in the DOM and a frame has been painted (includes
 *   main's comparison and the transfer).
 * Baseline, same page and run: the same paragraphs written as plain <p> elements with innerHTML, then painted.
 * Needs `npm run build` (npm run bench does it).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { startBrowserHost } from '../tests/support/browserHost'
import { launchChromium } from '../tests/support/chromium'
import { makeTempDirectory } from '../tests/support/tempDirectory'
import { ms, ratio, type BenchRow } from './benchRow'

const firstPaintTargetMs = 1000

/** About `megabytes` MB of numbered Vietnamese paragraphs (corpus paragraphs, or a stand-in without the corpus). */
function firstDraft(megabytes: number): string[] {
  const corpusFile = path.resolve('../shared/corpus/joint-statement-vi.txt')
  const source = fs.existsSync(corpusFile)
    ? fs.readFileSync(corpusFile, 'utf8')
    : 'Hai bên nhất trí thúc đẩy hợp tác đường sắt, năng lượng và giáo dục, phù hợp với luật pháp quốc tế.\n\n'.repeat(
        50,
      )
  const paragraphs = source.split(/\n\s*\n/).filter((paragraph) => paragraph.length > 80)
  const parts: string[] = []
  let bytes = 0
  for (let index = 0; bytes < megabytes * 1024 * 1024; index++) {
    const text = `${index + 1}. ${paragraphs[index % paragraphs.length]} (${index})`
    parts.push(text)
    bytes += Buffer.byteLength(text) + 2
  }
  return parts
}

/** The next draft: reworded, deleted, inserted and moved paragraphs spread through the text. */
function secondDraft(first: readonly string[]): string[] {
  const next: string[] = []
  first.forEach((paragraph, index) => {
    if (index % 40 === 39) return
    next.push(index % 15 === 7 ? paragraph.replace(/hợp tác/u, 'hợp tác toàn diện') + ' Bổ sung.' : paragraph)
    if (index % 50 === 25) next.push(`Đoạn mới ${index}: Hai bên giao cho các bộ ngành nghiên cứu cơ chế phối hợp.`)
  })
  // A few paragraphs move far down the text.
  for (let move = 0; move < 5; move++) next.push(...next.splice(100 + move * 10, 1))
  return next
}

/** Call the host's API from the page, as the renderer does (file bytes travel as base64). */
async function call(page: Page, channel: string, args: unknown[]): Promise<unknown> {
  return page.evaluate(
    async ({ channel, args }) => {
      const token = sessionStorage.getItem('marginalia.token') ?? ''
      const response = await fetch(`/api/call/${channel}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ args }),
      })
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
      if (!result.ok) throw new Error(result.error?.message)
      return result.value
    },
    { channel, args },
  )
}

async function measure(
  page: Page,
  texts: readonly string[],
): Promise<{ firstPaint: number; rows: number; baseline: number }> {
  return page.evaluate(async (texts) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))
    const button = Array.from(document.querySelectorAll<HTMLButtonElement>('.draft-tools button')).find(
      (each) => each.textContent === 'Compare drafts',
    )!
    const started = performance.now()
    button.click()
    while (!document.querySelector('.compare-row')) await frame()
    await frame()
    const firstPaint = performance.now() - started
    const rows = document.querySelectorAll('.compare-row').length

    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    const host = document.createElement('div')
    const baselineStarted = performance.now()
    host.innerHTML = texts.map((text) => `<p>${escape(text)}</p>`).join('')
    document.body.append(host)
    void host.getBoundingClientRect().height
    await frame()
    const baseline = performance.now() - baselineStarted
    host.remove()
    return { firstPaint, rows, baseline }
  }, texts)
}

/** One row: the compare view on 1 MB, to first paint. */
export async function run(): Promise<BenchRow[]> {
  const temp = makeTempDirectory('marginalia-compare-bench')
  const host = await startBrowserHost(path.join(temp.path, 'library.sqlite3'))
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.addInitScript('window.__name = (target) => target')
    await page.goto(host.url)
    await page.getByRole('navigation', { name: 'Library' }).waitFor()
    const first = firstDraft(1)
    const title = 'Bench drafts 1 MB'
    await call(page, 'documents.importText', [first.join('\n\n'), { title }])
    const documents = (await call(page, 'documents.list', [])) as { id: string; title: string }[]
    const documentId = documents.find((each) => each.title === title)!.id
    const second = secondDraft(first)
    const bytes = Buffer.from(second.join('\n\n'), 'utf8').toString('base64')
    await call(page, 'documents.importDraft', [documentId, { name: 'draft-2.txt', bytes: { $bytes: bytes } }, {}])
    await page.getByRole('button', { name: title, exact: true }).click()
    await page.getByRole('button', { name: 'Compare drafts' }).waitFor()
    // The user compares a document they have open: let the whole text arrive in the reader first.
    await page.locator('.reader__scroll[aria-busy="false"] [data-block-index="0"]').waitFor({ timeout: 120_000 })
    const result = await measure(page, second)
    // The part of it spent in main (alignment, word diffs) and on the wire, timed on its own after the view.
    const callStarted = performance.now()
    await call(page, 'drafts.compare', [documentId, 1, 2])
    const mainPart = performance.now() - callStarted
    return [
      {
        scenario: `drafts: compare view on 1 MB (${first.length} paragraphs), first paint (${result.rows} rows drawn)`,
        measured: `${ms(result.firstPaint)} (drafts.compare call alone: ${ms(mainPart)})`,
        alternative: `every paragraph of draft 2 as innerHTML <p>: ${ms(result.baseline)}`,
        ratio: ratio(result.firstPaint, result.baseline),
        target: `≤ ${firstPaintTargetMs} ms`,
        verdict: result.firstPaint > firstPaintTargetMs ? 'over' : 'ok',
      },
    ]
  } finally {
    await browser.close()
    await host.stop()
    temp.remove()
  }
}
