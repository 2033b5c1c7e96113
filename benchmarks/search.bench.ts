/**
 * Library-wide search on a generated library of 1,000 documents (about 100 MB of Vietnamese text built from the
 * corpus's own words, so word frequencies are realistic), through SearchService as the app calls it (FTS5 query,
 * joins, grouping, snippets). Baseline: the same queries as a plain `LIKE '%…%'` scan of the revisions' text in the
 * same run. The generated library is cached in the temp folder (building it takes minutes).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { newId, nowIso } from '../src-main/common/model/ids'
import type { Connection } from '../src-main/db/connection'
import { openStore } from '../src-main/db/openStore'
import { SearchIndexRepository } from '../src-main/db/repositories/searchIndexRepository'
import { SearchRepository } from '../src-main/db/repositories/searchRepository'
import { EventBus } from '../src-main/services/eventBus'
import { SearchService } from '../src-main/services/searchService'
import { transactionOn } from '../src-main/services/transaction'
import { ms, ratio, quantile, timeRuns, type BenchRow } from './benchRow'

const documentCount = 1_000
const targetBytesPerDocument = 100_000
const cacheFile = path.join(os.tmpdir(), 'marginalia-bench-search', 'library-v3.sqlite3')
const corpusDirectory = path.resolve('..', 'shared', 'corpus')

/** [label, query typed by the user, text for the LIKE baseline, target p95 in ms] */
const queries: [string, string, string, number][] = [
  ['rare word', 'vladivostok', 'Vladivostok', 50],
  ['phrase', '"duong sat"', 'đường sắt', 50],
  ['prefix', 'năng lư*', 'năng lư', 50],
  ['AND', 'hop tac nang luong', 'năng lượng', 50],
  ['very common word', 'va', ' và ', 300],
]

function corpusWords(): string[] {
  const files = fs.existsSync(corpusDirectory) ? fs.readdirSync(corpusDirectory).filter((f) => f.endsWith('.txt')) : []
  const text = files.map((file) => fs.readFileSync(path.join(corpusDirectory, file), 'utf8')).join(' ')
  const words = text.split(/\s+/).filter((word) => word.length > 0)
  if (words.length > 1000) return words
  return 'Hai bên nhất trí tăng cường hợp tác đường sắt năng lượng dầu khí và giáo dục của Việt Nam với Liên bang Nga'.split(
    ' ',
  )
}

/** A deterministic pseudo-random generator, so every run builds the same library. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

function build(db: Connection): void {
  const words = corpusWords()
  const next = random(42)
  const insertDocument = db.prepare(
    `INSERT INTO documents (id, title, source_name, format, size_bytes, content_hash, created_at, updated_at)
     VALUES (?, ?, 'generated.txt', 'txt', ?, ?, ?, ?)`,
  )
  const insertRevision = db.prepare(
    `INSERT INTO revisions (id, document_id, number, blocks, text, content_hash, created_at) VALUES (?, ?, 1, ?, ?, ?, ?)`,
  )
  for (let d = 0; d < documentCount; d++) {
    const paragraphs: string[] = []
    let size = 0
    while (size < targetBytesPerDocument / 1.3) {
      // Copy runs of the corpus (so phrases occur as they really do), numbered like the statements diplomats cite.
      const start = Math.floor(next() * (words.length - 200))
      const length = 80 + Math.floor(next() * 120)
      let paragraph = `${paragraphs.length + 1}. ${words.slice(start, start + length).join(' ')}`
      if (d % 97 === 0 && paragraphs.length === 7) paragraph += ' Tuyến hàng hải tới Vladivostok.'
      paragraphs.push(paragraph)
      size += paragraph.length
    }
    const text = paragraphs.join('\n')
    const now = nowIso()
    const documentId = newId()
    const blocks = JSON.stringify(paragraphs.map((paragraph) => ({ kind: 'paragraph', text: paragraph })))
    db.transaction(() => {
      insertDocument.run(documentId, `Văn kiện số ${d + 1}`, text.length, newId(), now, now)
      insertRevision.run(newId(), documentId, blocks, text, newId(), now)
    })()
  }
}

function openLibrary() {
  const exists = fs.existsSync(cacheFile)
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true })
  const store = openStore({ path: cacheFile, backupDirectory: path.join(path.dirname(cacheFile), 'backups') })
  if (!exists) {
    const started = performance.now()
    build(store.db)
    process.stderr.write(`built the search library in ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
  }
  return store
}

export async function run(): Promise<BenchRow[]> {
  const store = openLibrary()
  try {
    const service = new SearchService(
      new SearchRepository(store.db),
      new SearchIndexRepository(store.db),
      new EventBus(),
      transactionOn(store.db),
    )
    service.ensureIndex()
    // The baseline finds only the accented spelling (LIKE folds ASCII case only) and reads every revision's text.
    const like = store.db.prepare(`SELECT document_id FROM revisions WHERE text LIKE ?`)
    const megabytes = (store.db.prepare(`SELECT sum(length(text)) AS n FROM revisions`).get() as { n: number }).n / 1e6
    const rows: BenchRow[] = []
    for (const [label, query, plain, target] of queries) {
      service.query({ text: query })
      const cpu: number[] = []
      const measured = quantile(
        await timeRuns(40, () => {
          const before = process.cpuUsage()
          service.query({ text: query })
          const used = process.cpuUsage(before)
          cpu.push((used.user + used.system) / 1000)
        }),
        0.95,
      )
      const cpuP95 = quantile(
        cpu.sort((a, b) => a - b),
        0.95,
      )
      const baseline = quantile(await timeRuns(3, () => like.all(`%${plain}%`)), 0.95)
      rows.push({
        scenario: `search ${label} (${query}) over ${documentCount} documents, ${megabytes.toFixed(0)} M characters, p95`,
        // CPU time beside wall time: on a shared machine the difference is time spent waiting for a core.
        measured: `${ms(measured)} (CPU ${ms(cpuP95)}, load ${os.loadavg()[0]!.toFixed(1)})`,
        alternative: `SQL LIKE over every revision's text (finds the accented spelling only): ${ms(baseline)}`,
        ratio: ratio(measured, baseline),
        target: `< ${target} ms`,
        verdict: measured < target ? 'ok' : 'over',
      })
    }
    return rows
  } finally {
    store.close()
  }
}
