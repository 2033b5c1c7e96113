/**
 * Opening 1, 5 and 10 MB texts in the reader, in Chromium through the built browser host: the text is imported
 * with the real importer (pasted-text path, not timed here), then opened from the library as a user would.
 * - usable: click on the title → the first blocks are in the DOM, painted, scrollable and selectable;
 * - scrolling end to end: the view moved from the top to the bottom in 200 even steps (as a user dragging the
 *   scrollbar does), one frame each: the 95th percentile and longest gap between frames;
 * - jump to the last paragraph: the view set to the end → the last block drawn and painted.
 * Alternative, same page and run: every paragraph written as plain <p> elements with innerHTML in a scroller styled
 * like the reader (all of the text in the DOM, no editor), timed the same way.
 * Needs `npm run build` (npm run bench does it).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { startBrowserHost } from '../tests/support/browserHost'
import { launchChromium } from '../tests/support/chromium'
import { makeTempDirectory } from '../tests/support/tempDirectory'
import { ms, ratio, type BenchRow } from './benchRow'

const usableTargetMs = 500
const frameGapTargetMs = 50

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

type Timings = { usable: number; scrollP95: number; scrollLongest: number; jump: number; drawn: number }
type Measured = { reader: Timings; plain: Timings; blocks: number }

async function measure(page: Page, title: string, paragraphs: string[]): Promise<Measured> {
  return page.evaluate(
    async ({ title, paragraphs }) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))
      const blockCount = () => document.querySelectorAll('[data-block-index]').length
      const lastBlock = `[data-block-index="${paragraphs.length - 1}"]`
      /** Scroll `container` from top to bottom in 200 steps, one frame each; then jump from the top to the end. */
      const scrollThrough = async (container: HTMLElement, root: ParentNode) => {
        const gaps: number[] = []
        let drawn = 0
        let last = await frame()
        for (let step = 1; step <= 200; step++) {
          container.scrollTop = ((container.scrollHeight - container.clientHeight) * step) / 200
          const now = await frame()
          gaps.push(now - last)
          last = now
          drawn = Math.max(drawn, root.querySelectorAll('[data-block-index]').length)
        }
        gaps.sort((a, b) => a - b)
        container.scrollTop = 0
        await frame()
        const jumpStarted = performance.now()
        container.scrollTop = container.scrollHeight
        for (let tries = 0; !root.querySelector(lastBlock) && tries < 300; tries++) {
          await frame()
          container.scrollTop = container.scrollHeight
        }
        await frame()
        return {
          scrollP95: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
          scrollLongest: gaps[gaps.length - 1] ?? 0,
          jump: performance.now() - jumpStarted,
          drawn,
        }
      }

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
      selection.removeAllRanges()
      container.scrollTop = 0
      await frame()
      const blocks = blockCount()
      const reader = { usable, ...(await scrollThrough(container, document.querySelector('.reader__text')!)) }

      // The alternative: the whole text as plain paragraphs in a scroller like the reader's.
      const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
      const html = paragraphs.map((text, index) => `<p class="block" data-block-index="${index}">${escape(text)}</p>`)
      const scroller = document.createElement('div')
      scroller.className = 'reader__scroll'
      scroller.style.cssText = `position:fixed;inset:0;z-index:100;background:white;overflow:auto`
      const page = document.createElement('div')
      page.className = 'reader__page'
      const text = document.createElement('div')
      text.className = 'reader__text'
      page.append(text)
      scroller.append(page)
      document.querySelector('.reader')!.remove()
      const plainStarted = performance.now()
      text.innerHTML = html.join('')
      document.body.append(scroller)
      void scroller.getBoundingClientRect().height
      await frame()
      const plainUsable = performance.now() - plainStarted
      const plain = { usable: plainUsable, ...(await scrollThrough(scroller, text)) }
      scroller.remove()
      return { reader, plain, blocks }
    },
    { title, paragraphs },
  )
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

/** Rows for the 1, 5 and 10 MB texts. */
export async function run(): Promise<BenchRow[]> {
  const temp = makeTempDirectory('marginalia-reader-bench')
  const host = await startBrowserHost(path.join(temp.path, 'library.sqlite3'))
  const browser = await launchChromium()
  const rows: BenchRow[] = []
  try {
    for (const megabytes of [1, 5, 10]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      // tsx keeps function names with a `__name` helper that the page does not have.
      await page.addInitScript('window.__name = (target) => target')
      await page.goto(host.url)
      await page.getByRole('navigation', { name: 'Library' }).waitFor()
      const title = `Bench ${megabytes} MB`
      const text = sampleText(megabytes)
      await importText(page, text, title)
      await page.getByRole('button', { name: title, exact: true }).waitFor()
      const paragraphs = text.split('\n\n')
      const { reader, plain } = await measure(page, title, paragraphs)
      const label = `reader: ${megabytes} MB text (${paragraphs.length} blocks, at most ${reader.drawn} drawn)`
      const alternative = 'every block as plain <p> through innerHTML (no editor, no window)'
      rows.push({
        scenario: `${label}, open to usable (scroll + select)`,
        measured: ms(reader.usable),
        alternative: `${alternative}: ${ms(plain.usable)}`,
        ratio: ratio(reader.usable, plain.usable),
        target: `< ${usableTargetMs} ms`,
        verdict: reader.usable >= usableTargetMs ? 'over' : 'ok',
      })
      rows.push({
        scenario: `${label}, scrolling end to end in 200 steps: frames p95 (longest)`,
        measured: `${ms(reader.scrollP95)} (${ms(reader.scrollLongest)})`,
        alternative: `${alternative}: ${ms(plain.scrollP95)} (${ms(plain.scrollLongest)})`,
        ratio: ratio(reader.scrollP95, plain.scrollP95),
        target: `p95 < ${frameGapTargetMs} ms`,
        verdict: reader.scrollP95 >= frameGapTargetMs ? 'over' : 'ok',
      })
      rows.push({
        scenario: `${label}, jump from the top to the last paragraph`,
        measured: ms(reader.jump),
        alternative: `${alternative}: ${ms(plain.jump)}`,
        ratio: ratio(reader.jump, plain.jump),
        target: `< ${usableTargetMs} ms`,
        verdict: reader.jump >= usableTargetMs ? 'over' : 'ok',
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
