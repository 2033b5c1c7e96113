/**
 * Opening a 1 MB and a 5 MB text in the reader, in Chromium through the built browser host: the text is imported
 * with the real importer (pasted-text path, not timed here), then opened from the library as a user would.
 * - usable: click on the title → the first blocks are in the DOM, painted, scrollable and selectable.
 * - complete: click → every block drawn (the rest is drawn in slices between frames while the user reads).
 * - frames while the rest is drawn: the 95th percentile and longest gap between frames, i.e. how much scrolling
 *   can stutter meanwhile (the longest is at the mercy of whatever else the machine runs).
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

const usableTargetMs = 1000
const frameGapTargetMs = 100

/** Vietnamese text of about `megabytes` MB (UTF-8): corpus paragraphs (or a stand-in), numbered, with headings. */
function sampleText(megabytes: number): string {
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
    const text = index % 25 === 0 ? `Phần ${index / 25 + 1}` : `${index}. ${paragraphs[index % paragraphs.length]}`
    parts.push(text)
    bytes += Buffer.byteLength(text) + 2
  }
  return parts.join('\n\n')
}

type Measured = {
  usable: number
  complete: number
  frameP95: number
  longestGap: number
  blocks: number
  baseline: number
}

async function measure(page: Page, title: string): Promise<Measured> {
  return page.evaluate(async (title) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))
    const button = Array.from(document.querySelectorAll<HTMLButtonElement>('.library-item__open')).find(
      (each) => each.textContent === title,
    )!
    const started = performance.now()
    button.click()
    while (!document.querySelector('[data-block-index="0"]')) await frame()
    const container = document.querySelector<HTMLElement>('.reader__scroll')!
    // Usable: a painted frame in which the first blocks can be selected and the view scrolled.
    const first = document.querySelector('[data-block-index="0"]')!
    const selection = document.getSelection()!
    selection.selectAllChildren(first)
    const selectable = selection.toString().length > 0
    container.scrollTop = 400
    const scrollable = container.scrollTop > 0
    await frame()
    const usable = performance.now() - started
    if (!selectable || !scrollable) throw new Error('The reader was drawn but could not be selected or scrolled.')
    const gaps: number[] = []
    let last = performance.now()
    const total = () => document.querySelectorAll('[data-block-index]').length
    let previous = -1
    // Drawn once the block count stops growing across two frames.
    for (let count = total(); count !== previous; count = total()) {
      previous = count
      const now = await frame()
      gaps.push(now - last)
      last = now
      const again = await frame()
      gaps.push(again - last)
      last = again
    }
    const complete = performance.now() - started
    const blocks = total()
    gaps.sort((a, b) => a - b)
    const frameP95 = gaps[Math.floor(gaps.length * 0.95)] ?? 0
    const longestGap = gaps[gaps.length - 1] ?? 0

    const texts = Array.from(document.querySelectorAll('[data-block-index]'), (element) => element.textContent ?? '')
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    const html = texts.map((text) => `<p>${escape(text)}</p>`).join('')
    const host = document.createElement('div')
    host.className = 'reader__page'
    const baselineStarted = performance.now()
    host.innerHTML = html
    document.body.append(host)
    void host.getBoundingClientRect().height
    await frame()
    const baseline = performance.now() - baselineStarted
    host.remove()
    return { usable, complete, frameP95, longestGap, blocks, baseline }
  }, title)
}

/** Import through the host's API, as the clipboard dialog does; returns the new document's title. */
async function importText(page: Page, text: string, title: string): Promise<void> {
  await page.evaluate(
    async ({ text, title }) => {
      const token = sessionStorage.getItem('marginalia.token') ?? ''
      const response = await fetch('/api/call/documents.importText', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ args: [text, { title }] }),
      })
      const result = (await response.json()) as { ok: boolean; error?: { message: string } }
      if (!result.ok) throw new Error(result.error?.message)
    },
    { text, title },
  )
}

/** Rows for the 1 MB and 5 MB texts. */
export async function run(): Promise<BenchRow[]> {
  const temp = makeTempDirectory('marginalia-reader-bench')
  const host = await startBrowserHost(path.join(temp.path, 'library.sqlite3'))
  const browser = await launchChromium()
  const rows: BenchRow[] = []
  try {
    for (const megabytes of [1, 5]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      // tsx keeps function names with a `__name` helper that the page does not have.
      await page.addInitScript('window.__name = (target) => target')
      await page.goto(host.url)
      await page.getByRole('navigation', { name: 'Library' }).waitFor()
      const title = `Bench ${megabytes} MB`
      await importText(page, sampleText(megabytes), title)
      await page.getByRole('button', { name: title, exact: true }).waitFor()
      const result = await measure(page, title)
      const label = `reader: open ${megabytes} MB text (${result.blocks} blocks)`
      rows.push({
        scenario: `${label}, usable (scroll + select)`,
        measured: ms(result.usable),
        alternative: `all blocks as plain <p> through innerHTML (no editor): ${ms(result.baseline)}`,
        ratio: ratio(result.usable, result.baseline),
        target: megabytes === 1 ? `< ${usableTargetMs} ms` : 'informative',
        verdict: megabytes === 1 && result.usable >= usableTargetMs ? 'over' : 'ok',
      })
      rows.push({
        scenario: `${label}, all blocks drawn`,
        measured: `${ms(result.complete)}; frames p95 ${ms(result.frameP95)}, longest ${ms(result.longestGap)}`,
        alternative: `all blocks as plain <p> through innerHTML (no editor): ${ms(result.baseline)}`,
        ratio: ratio(result.complete, result.baseline),
        target: `frames p95 < ${frameGapTargetMs} ms`,
        verdict: result.frameP95 >= frameGapTargetMs ? 'over' : 'ok',
      })
      await page.close()
    }
  } finally {
    await browser.close()
    await host.stop()
    temp.remove()
  }
  return rows
}
