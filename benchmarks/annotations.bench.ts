/**
 * Annotations at scale, in headless Chromium with the app's own painter, store and panel (bundled with esbuild),
 * plus main's create on a real SQLite file. Baselines, measured in the same run: wrapping the same ranges in spans;
 * repainting every highlight instead of adding one; the unvirtualised panel; scrolling the span-wrapped text.
 */
import path from 'node:path'
import { build } from 'esbuild'
import { launchChromium } from '../tests/support/chromium'
import { composeParts } from '../tests/support/annotationParts'
import { seedDocument } from '../tests/support/seedDocument'
import { ms, ratio, quantile, type BenchRow } from './benchRow'

const megabyte = 1_000_000
const blocks = 2_500

type Bench = {
  paint(
    c: number,
    b: number,
    n: number,
  ): Promise<{ highlights: number; highlightsScript: number; spans: number; spansScript: number; textLength: number }>
  paintWindow(c: number, b: number, n: number, drawn: number): Promise<number>
  createOne(c: number, b: number, n: number, runs: number): Promise<{ incremental: number[]; repaint: number[] }>
  panel(n: number, virtualised: boolean): Promise<number>
  panelAtSize(n: number): Promise<{ firstRender: number; changes: Record<string, number>; worstFrame: number }>
  countsAtSize(n: number): Promise<{ onePass: number; perChoice: number }>
  scroll(
    c: number,
    b: number,
    n: number,
    mode: 'highlights' | 'spans' | 'none',
  ): Promise<{ longTasks: number[]; worstFrame: number }>
}

async function bundle(): Promise<string> {
  const root = path.resolve(import.meta.dirname, '..')
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'annotations', 'pageHarness.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { '@common': path.join(root, 'src-main', 'common') },
    loader: { '.css': 'empty' },
    logLevel: 'error',
  })
  return result.outputFiles[0]!.text
}

function mainSideCreate(): { create: number[] } {
  const parts = composeParts()
  try {
    const paragraphs = Array.from(
      { length: 500 },
      (_, i) => `${i + 1}. Hai bên nhất trí tăng cường hợp tác năng lượng ${i}.`,
    )
    const { documentId } = seedDocument(parts.db.db, paragraphs)
    const text = paragraphs.join('\n')
    for (let i = 0; i < 5_000; i++) {
      const start = (i * 7) % (text.length - 40)
      parts.annotations.create({ documentId, start, end: start + 30, color: 'yellow' })
    }
    const create: number[] = []
    for (let i = 0; i < 30; i++) {
      const started = performance.now()
      parts.annotations.create({ documentId, start: 100 + i, end: 140 + i, color: 'green', tags: ['năng lượng'] })
      create.push(performance.now() - started)
    }
    return { create: create.sort((a, b) => a - b) }
  } finally {
    parts.db.remove()
  }
}

/** The annotation benchmarks. */
export async function run(): Promise<BenchRow[]> {
  const script = await bundle()
  const browser = await launchChromium()
  const rows: BenchRow[] = []
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`))
    // A real (intercepted, never fetched) origin: the app's client reads sessionStorage, which about:blank refuses.
    await page.route('http://bench.invalid/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><body></body>' }),
    )
    await page.goto('http://bench.invalid/')
    // The app's own annotation styles (highlight colours, the panel's scroll box), plus a colour for the spans.
    await page.addStyleTag({ path: path.resolve(import.meta.dirname, '../src-renderer/styles/annotations.css') })
    await page.addStyleTag({ content: '.hl{background:#ff04}' })
    await page.addScriptTag({ content: script })
    const call = <K extends keyof Bench>(name: K, ...args: Parameters<Bench[K]>) =>
      page.evaluate(
        ([n, a]) => (window as unknown as { bench: Record<string, (...x: unknown[]) => unknown> }).bench[n]!(...a),
        [name, args] as const,
      ) as ReturnType<Bench[K]>

    const paint = await call('paint', megabyte, blocks, 5_000)
    rows.push({
      scenario: `paint 5,000 highlights on ${(paint.textLength / megabyte).toFixed(1)} MB (script; to next frame)`,
      measured: `${ms(paint.highlightsScript)}; ${ms(paint.highlights)}`,
      alternative: `wrapping each highlight in <span>s: ${ms(paint.spansScript)}; ${ms(paint.spans)}`,
      ratio: ratio(paint.highlightsScript, paint.spansScript),
      target: '< 50 ms (script)',
      verdict: paint.highlightsScript < 50 ? 'ok' : 'over',
    })

    const windowDrawn = 40
    const windowed = await call('paintWindow', megabyte, blocks, 5_000, windowDrawn)
    rows.push({
      scenario: `paint 5,000 highlights with the reader's window drawn (${windowDrawn} of ${blocks} blocks; script)`,
      measured: ms(windowed),
      alternative: `the same painter with every block drawn: ${ms(paint.highlightsScript)}`,
      ratio: ratio(windowed, paint.highlightsScript),
      target: '< 16 ms (one frame)',
      verdict: windowed < 16 ? 'ok' : 'over',
    })

    const created = await call('createOne', megabyte, blocks, 5_000, 30)
    const incremental = created.incremental.sort((a, b) => a - b)
    const repaint = created.repaint.sort((a, b) => a - b)
    const main = mainSideCreate()
    const median = quantile(incremental, 0.5) + quantile(main.create, 0.5)
    const p95 = quantile(incremental, 0.95) + quantile(main.create, 0.95)
    rows.push({
      scenario: 'create 1 with 5,000 present: selection → saved → painted',
      measured: `median ${ms(median)}, p95 ${ms(p95)} (main ${ms(quantile(main.create, 0.5))})`,
      alternative: `repainting all highlights: median ${ms(quantile(repaint, 0.5) + quantile(main.create, 0.5))}`,
      ratio: ratio(median, quantile(repaint, 0.5) + quantile(main.create, 0.5)),
      target: 'median < 50 ms, p95 < 100 ms',
      verdict: median < 50 && p95 < 100 ? 'ok' : 'over',
    })

    const virtualised = await call('panel', 10_000, true)
    const plain = await call('panel', 10_000, false)
    rows.push({
      scenario: 'first render of the panel with 10,000 annotations',
      measured: ms(virtualised),
      alternative: `rendering every card (no virtual list): ${ms(plain)}`,
      ratio: ratio(virtualised, plain),
      target: '< 100 ms',
      verdict: virtualised < 100 ? 'ok' : 'over',
    })

    const large = await call('panelAtSize', 20_000)
    const small = await call('panelAtSize', 200)
    const worstChange = (changes: Record<string, number>) => Math.max(...Object.values(changes))
    const changeList = Object.entries(large.changes)
      .map(([name, value]) => `${name} ${ms(value)}`)
      .join(', ')
    rows.push({
      scenario: 'panel with 20,000 annotations: first render (filter bar, counts, cards in view)',
      measured: ms(large.firstRender),
      alternative: `the same panel with 200: ${ms(small.firstRender)}`,
      ratio: ratio(large.firstRender, small.firstRender),
      target: '< 100 ms',
      verdict: large.firstRender < 100 ? 'ok' : 'over',
    })
    rows.push({
      scenario:
        'panel with 20,000: filter change to the new figure shown (worst of colour, tag, author, status, search)',
      measured: `${ms(worstChange(large.changes))} (${changeList})`,
      alternative: `the same panel with 200: ${ms(worstChange(small.changes))}`,
      ratio: ratio(worstChange(large.changes), worstChange(small.changes)),
      target: '< 100 ms',
      verdict: worstChange(large.changes) < 100 ? 'ok' : 'over',
    })
    const counted = await call('countsAtSize', 20_000)
    rows.push({
      scenario: 'panel with 20,000: shown list and every count, no filter on, one pass (median)',
      measured: ms(counted.onePass),
      alternative: `running the filter once per choice offered: ${ms(counted.perChoice)}`,
      ratio: ratio(counted.onePass, counted.perChoice),
      target: '< 100 ms',
      verdict: counted.onePass < 100 ? 'ok' : 'over',
    })
    rows.push({
      scenario: 'panel with 20,000: scrolling the cards (60 steps, longest frame)',
      measured: ms(large.worstFrame),
      alternative: `the same panel with 200: ${ms(small.worstFrame)}`,
      ratio: ratio(large.worstFrame, small.worstFrame),
      target: '< 100 ms',
      verdict: large.worstFrame < 100 ? 'ok' : 'over',
    })

    const scrolled = await call('scroll', megabyte, blocks, 5_000, 'highlights')
    const spanScroll = await call('scroll', megabyte, blocks, 5_000, 'spans')
    // The same scroll with no annotations at all: the machine's own noise floor for long tasks.
    const bare = await call('scroll', megabyte, blocks, 5_000, 'none')
    const worst = Math.max(0, ...scrolled.longTasks)
    rows.push({
      scenario: 'scroll 1 MB text with 5,000 highlights (120 steps)',
      measured: `${scrolled.longTasks.length} long tasks, longest ${ms(worst)}`,
      alternative: `<span> highlights: ${spanScroll.longTasks.length}, longest ${ms(Math.max(0, ...spanScroll.longTasks))} (no annotations at all: ${bare.longTasks.length}, longest ${ms(Math.max(0, ...bare.longTasks))})`,
      ratio: ratio(worst, Math.max(0, ...spanScroll.longTasks)),
      target: 'no long task > 50 ms',
      verdict: worst <= 50 ? 'ok' : 'over',
    })
  } finally {
    await browser.close()
  }
  return rows
}
