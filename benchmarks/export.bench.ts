/**
 * A 1 MB text (the joint statement repeated, or generated Vietnamese when the corpus is absent) with 5,000
 * annotations, exported to the full-text briefing PDF with margin notes. Baseline, in the same run: Chromium's
 * `page.pdf` of comparable HTML (the same paragraphs with the same highlights as coloured <mark>s and numbered
 * notes), which is what a print-to-PDF approach would cost without native annotations or copyable page furniture.
 * Then the memory the export needs (against the process before it), and how long a cancel takes to stop the
 * export (against letting it run to the end).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Annotation, AnnotationColor } from '../src-main/common/model/annotation'
import { annotationColors } from '../src-main/common/model/annotation'
import { briefingPdfExporter } from '../src-main/exporters/briefingPdfExporter'
import { ExportCancelled, type ExportProgress, silentProgress } from '../src-main/exporters/exporter'
import {
  blocksFromText,
  corpusAvailable,
  documentFrom,
  exportInputFor,
  jointStatementPath,
  makeAnnotation,
} from '../tests/support/exportFixture'
import { launchChromium } from '../tests/support/chromium'
import { ms, ratio, type BenchRow } from './benchRow'

const targetBytes = 1024 * 1024
const annotationCount = 5_000
const targetMemoryMb = 400
const targetCancelMs = 500
/** When the simulated user presses Cancel, from the start of the export. */
const cancelAfterMs = 1_500

function sourceText(): string {
  if (corpusAvailable) return fs.readFileSync(jointStatementPath, 'utf8').normalize('NFC')
  const words =
    'hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí Liên bang Nga'.split(' ')
  return Array.from(
    { length: 400 },
    (_, index) => Array.from({ length: 60 }, (_, word) => words[(index * 7 + word * 3) % words.length]).join(' ') + '.',
  ).join('\n\n')
}

/** The document and 5,000 annotations spread over it, word-aligned, a third with comments and tags. */
function buildFixture(): { fixture: ReturnType<typeof documentFrom> & { annotations: Annotation[] }; bytes: number } {
  const source = sourceText()
  let text = ''
  while (Buffer.byteLength(text) < targetBytes) text += (text ? '\n\n' : '') + source
  const { document, revision } = documentFrom(blocksFromText(text), 'Benchmark: 1 MB')
  const annotations: Annotation[] = []
  const step = Math.floor(revision.text.length / annotationCount)
  for (let index = 0; index < annotationCount; index++) {
    let start = index * step
    while (start > 0 && revision.text[start - 1] !== ' ') start++
    const end = Math.min(revision.text.indexOf(' ', start + 20 + (index % 5) * 12), revision.text.length)
    if (end <= start) continue
    const color: AnnotationColor = annotationColors[index % annotationColors.length]!
    const commented = index % 3 === 0
    annotations.push(
      makeAnnotation(
        revision,
        {
          start,
          end,
          color,
          author: index % 2 ? 'Nguyễn Thị Minh' : 'Иван Петров',
          ...(commented
            ? { comment: `Ghi chú số ${index}: cần đối chiếu với văn bản gốc.`, tags: ['Năng lượng'] }
            : {}),
          ...(commented && index % 2 === 0 ? { replies: [{ author: 'Trần Văn An', body: 'Đồng ý.' }] } : {}),
        },
        index,
      ),
    )
  }
  return { fixture: { document, revision, annotations }, bytes: Buffer.byteLength(revision.text) }
}

/**
 * Start the kernel's resident-memory high-water mark afresh from what the process holds now (Linux: `5` to
 * clear_refs), so that it measures the export and not whatever ran in this process before it (other rows map a
 * 130 MB library, for instance). False where that cannot be done: the mark then covers the whole process.
 */
function restartHighWater(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5')
    return true
  } catch {
    return false
  }
}

/** The process's resident-memory high-water mark (the kernel's, not a sample), in MB. */
function maxRssMb(): number {
  const status = /VmHWM:\s+(\d+) kB/.exec(readQuietly('/proc/self/status'))
  // resourceUsage() reports kilobytes, over the process's whole life.
  return Number(status?.[1] ?? process.resourceUsage().maxRSS) / 1024
}

function readQuietly(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/**
 * An export cancelled as a user would: the click is due `cancelAfterMs` after the start, is seen when the event
 * loop gets a turn, and the export stops at its next pause. Returns the time from the click to the stop.
 */
async function cancelToStopped(input: Parameters<typeof briefingPdfExporter.write>[0]): Promise<number> {
  let cancelled = false
  const progress: ExportProgress = {
    report: () => undefined,
    pause: () =>
      new Promise((resolve, reject) => setImmediate(() => (cancelled ? reject(new ExportCancelled()) : resolve()))),
  }
  const clickAt = performance.now() + cancelAfterMs
  const timer = setTimeout(() => (cancelled = true), cancelAfterMs)
  try {
    await briefingPdfExporter.write(input, progress)
    throw new Error('The export ended before the cancel: raise the fixture size or lower cancelAfterMs.')
  } catch (error) {
    if (!(error instanceof ExportCancelled)) throw error
    return performance.now() - clickAt
  } finally {
    clearTimeout(timer)
  }
}

/** Peak resident memory while `work` runs, sampled every 20 ms. */
async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ value: T; peakMb: number; ms: number; cpuMs: number }> {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  try {
    const value = await work()
    peak = Math.max(peak, process.memoryUsage().rss)
    const cpu = process.cpuUsage(cpuBefore)
    return { value, peakMb: peak / 1024 / 1024, ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 }
  } finally {
    clearInterval(timer)
  }
}

/**
 * CPU time used so far by this process's descendants (Chromium's browser, renderer and helper processes), from
 * /proc; NaN where there is no /proc. A process that has exited is no longer counted, so read it before closing.
 */
function descendantsCpuMs(): number {
  if (!fs.existsSync('/proc/self/stat')) return Number.NaN
  const stats = new Map<number, { parent: number; ticks: number }>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // the process ended meanwhile
    }
    // Fields after the command name (which may hold spaces): state, ppid, …, utime (14th), stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    stats.set(Number(entry), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) })
  }
  let ticks = 0
  for (const [pid, { ticks: own }] of stats) {
    for (let parent = stats.get(pid)?.parent; parent !== undefined && parent > 1; parent = stats.get(parent)?.parent) {
      if (parent === process.pid) {
        ticks += own
        break
      }
    }
  }
  // Linux counts in clock ticks of 1/100 s.
  return ticks * 10
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The same text as HTML: one <p> per block, highlights as coloured <mark>s with a numbered <sup>. */
function comparableHtml(fixture: ReturnType<typeof buildFixture>['fixture']): string {
  const text = fixture.revision.text
  const parts: string[] = []
  let cursor = 0
  fixture.annotations.forEach((annotation, index) => {
    if (annotation.target.start < cursor) return
    parts.push(escapeHtml(text.slice(cursor, annotation.target.start)))
    const note = annotation.comments[0]?.body ?? ''
    parts.push(
      `<mark class="${annotation.color}">${escapeHtml(annotation.target.exact)}</mark><sup>${index + 1}</sup>` +
        (note ? `<span class="note">${escapeHtml(note)}</span>` : ''),
    )
    cursor = annotation.target.end
  })
  parts.push(escapeHtml(text.slice(cursor)))
  const body = parts
    .join('')
    .split('\n')
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('\n')
  const colors = annotationColors.map((color) => `mark.${color}{background:${color === 'purple' ? '#d0bfff' : color}}`)
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
    body{font-family:'Noto Serif',serif;font-size:10.5pt;line-height:1.5;margin:0 170pt 0 0}
    .note{float:right;clear:right;width:150pt;margin-right:-165pt;font:7.5pt 'Noto Sans',sans-serif}
    ${colors.join('\n')}</style></head><body>${body}</body></html>`
}

export async function run(): Promise<BenchRow[]> {
  const { fixture, bytes } = buildFixture()
  global.gc?.()
  const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024
  const markRestarted = restartHighWater()
  const ours = await withPeakMemory(() => briefingPdfExporter.write(exportInputFor(fixture), silentProgress))
  const highWaterMb = Math.max(ours.peakMb, maxRssMb())
  global.gc?.()
  const stoppedMs = await cancelToStopped(exportInputFor(fixture))
  // Without a cancel the user would wait for the rest of the export: its whole time less the click time.
  const restMs = ours.ms - cancelAfterMs

  const browser = await launchChromium()
  let chromiumMs = Number.NaN
  let chromiumCpuMs = Number.NaN
  let chromiumBytes = 0
  try {
    const page = await browser.newPage()
    page.setDefaultTimeout(300_000)
    const html = comparableHtml(fixture)
    const started = performance.now()
    const cpuBefore = descendantsCpuMs()
    await page.setContent(html, { waitUntil: 'load', timeout: 300_000 })
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '22mm', bottom: '20mm', left: '22mm', right: '19mm' },
    })
    chromiumMs = performance.now() - started
    chromiumCpuMs = descendantsCpuMs() - cpuBefore
    chromiumBytes = pdf.length
  } finally {
    await browser.close()
  }
  // Set BENCH_OUTPUT to a folder to keep the PDF for a look; by default nothing is written.
  const output = process.env.BENCH_OUTPUT
  if (output) fs.writeFileSync(path.join(output, 'export-bench.pdf'), ours.value)

  const label = `${(bytes / 1024 / 1024).toFixed(2)} MB text, ${fixture.annotations.length} annotations → full-text PDF`
  return [
    {
      scenario: `export: ${label} (time)`,
      // CPU time beside wall time: on a shared machine the wall time mostly measures the other processes.
      measured: `${ms(ours.ms)}, CPU ${ms(ours.cpuMs)} (${(ours.value.length / 1024 / 1024).toFixed(1)} MB PDF)`,
      alternative: `printing the page from Chromium (page.pdf, no annotations): ${ms(chromiumMs)}, CPU ${ms(chromiumCpuMs)} in its processes, ${(chromiumBytes / 1024 / 1024).toFixed(1)} MB`,
      ratio: ratio(ours.ms, chromiumMs),
      target: '≤ Chromium in the same run',
      verdict: ours.ms <= chromiumMs ? 'ok' : 'over',
    },
    {
      scenario: `export: ${label} (peak memory)`,
      measured: `${highWaterMb.toFixed(0)} MB RSS high-water ${markRestarted ? 'from the export on' : 'of the process'}`,
      alternative: `the same process before the export: ${rssBeforeMb.toFixed(0)} MB RSS`,
      ratio: ratio(highWaterMb, rssBeforeMb),
      target: `≤ ${targetMemoryMb} MB`,
      verdict: highWaterMb <= targetMemoryMb ? 'ok' : 'over',
    },
    {
      scenario: `export: ${label} (cancel to stopped)`,
      measured: `${ms(stoppedMs)} from the click ${cancelAfterMs / 1000} s in to the export stopping`,
      alternative: `letting it finish: ${ms(restMs)} more`,
      ratio: ratio(stoppedMs, restMs),
      target: `≤ ${targetCancelMs} ms`,
      verdict: stoppedMs <= targetCancelMs ? 'ok' : 'over',
    },
  ]
}
