/**
 * Opening a library with 100,000 annotations and listing one document's 5,000 (with tags and threads).
 * Baseline: the same listing done the naive way, one query per annotation for its tags and comments (N+1).
 */
import path from 'node:path'
import { newId, nowIso } from '../src-main/common/model/ids'
import type { Connection } from '../src-main/db/connection'
import { openStore } from '../src-main/db/openStore'
import { AnnotationsRepository } from '../src-main/db/repositories/annotationsRepository'
import { makeTempDirectory } from '../tests/support/tempDirectory'
import { ms, ratio, quantile, timeRuns, type BenchRow } from './benchRow'

const documents = 20
const perDocument = 5_000

function fill(db: Connection): string {
  const now = nowIso()
  const insertDocument = db.prepare(
    `INSERT INTO documents (id, title, source_name, format, size_bytes, content_hash, created_at, updated_at) VALUES (?, ?, 'x.txt', 'txt', 0, ?, ?, ?)`,
  )
  const insertRevision = db.prepare(
    `INSERT INTO revisions (id, document_id, number, blocks, text, content_hash, created_at) VALUES (?, ?, 1, '[]', '', '', ?)`,
  )
  const insertAnnotation = db.prepare(
    `INSERT INTO annotations (id, document_id, revision_id, color, start_offset, end_offset, exact, prefix, suffix, author, created_at, updated_at)
     VALUES (?, ?, ?, 'yellow', ?, ?, 'hợp tác năng lượng', 'Hai bên nhất trí ', ' và dầu khí', 'Bench', ?, ?)`,
  )
  const insertTag = db.prepare(`INSERT INTO tags (id, name, name_key, created_at) VALUES (?, ?, ?, ?)`)
  const link = db.prepare(`INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)`)
  const insertComment = db.prepare(
    `INSERT INTO comments (id, annotation_id, parent_id, author, body, created_at, updated_at) VALUES (?, ?, ?, 'Bench', 'Cần nêu tại cuộc họp', ?, ?)`,
  )
  let target = ''
  db.transaction(() => {
    const tagIds = ['năng lượng', 'hạt nhân', 'to raise'].map((name) => {
      const id = newId()
      insertTag.run(id, name, name, now)
      return id
    })
    for (let d = 0; d < documents; d++) {
      const documentId = newId()
      const revisionId = newId()
      insertDocument.run(documentId, `Document ${d}`, `hash-${d}`, now, now)
      insertRevision.run(revisionId, documentId, now)
      if (d === documents / 2) target = documentId
      for (let a = 0; a < perDocument; a++) {
        const id = newId()
        insertAnnotation.run(id, documentId, revisionId, a * 40, a * 40 + 18, now, now)
        if (a % 3 === 0) link.run(id, tagIds[a % tagIds.length])
        if (a % 4 === 0) {
          const comment = newId()
          insertComment.run(comment, id, null, now, now)
          if (a % 8 === 0) insertComment.run(newId(), id, comment, now, now)
        }
      }
    }
  })()
  return target
}

function listNaively(db: Connection, documentId: string): number {
  const rows = db.prepare(`SELECT * FROM annotations WHERE document_id = ? ORDER BY start_offset`).all(documentId) as {
    id: string
  }[]
  const tags = db.prepare(
    `SELECT t.* FROM annotation_tags at JOIN tags t ON t.id = at.tag_id WHERE at.annotation_id = ?`,
  )
  const comments = db.prepare(`SELECT * FROM comments WHERE annotation_id = ? ORDER BY created_at`)
  let count = 0
  for (const row of rows) {
    count += tags.all(row.id).length + comments.all(row.id).length
  }
  return count
}

/**
 * The same four queries read as keyed rows (`SELECT *`), each statement compiled per call, mapped with spreads: how
 * the listing was done before its rows were read as arrays, kept here to show what that change is worth.
 */
function listKeyed(db: Connection, documentId: string): number {
  const rows = db
    .prepare(`SELECT * FROM annotations WHERE document_id = ? ORDER BY start_offset, end_offset, created_at, id`)
    .all(documentId) as Record<string, unknown>[]
  const tags = db
    .prepare(
      `SELECT at.annotation_id, t.id, t.name, t.color FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
       JOIN annotations a ON a.id = at.annotation_id WHERE a.document_id = ? ORDER BY t.name COLLATE NOCASE`,
    )
    .all(documentId) as { annotation_id: string }[]
  const comments = db
    .prepare(
      `SELECT c.* FROM comments c JOIN annotations a ON a.id = c.annotation_id
       WHERE a.document_id = ? ORDER BY c.created_at, c.id`,
    )
    .all(documentId) as { annotation_id: string }[]
  const byAnnotation = new Map<string, unknown[]>()
  for (const row of [...tags, ...comments]) {
    byAnnotation.set(row.annotation_id, [...(byAnnotation.get(row.annotation_id) ?? []), { ...row }])
  }
  return rows.map((row) => ({ ...row, related: byAnnotation.get(row.id as string) ?? [] })).length
}

/**
 * The median CPU time (user + system) of `runs` calls: beside the wall time, it says how much work the listing is
 * when other processes share the machine (a loaded machine inflates wall time, not this).
 */
function cpuMedian(runs: number, work: () => unknown): number {
  const durations: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage()
    work()
    const used = process.cpuUsage(started)
    durations.push((used.user + used.system) / 1000)
  }
  return quantile(
    durations.sort((a, b) => a - b),
    0.5,
  )
}

export async function run(): Promise<BenchRow[]> {
  const temp = makeTempDirectory('marginalia-bench-db')
  const file = path.join(temp.path, 'library.sqlite3')
  try {
    const seeded = openStore({ path: file })
    const documentId = fill(seeded.db)
    seeded.close()

    // The seeding wrote after its last check: the first start runs the quick check, as every start once did. Its
    // clean close records the checked file, so the starts after it skip the check on a file nothing touched.
    const [checkedOpen] = await timeRuns(1, () => openStore({ path: file }).close())
    const opens = await timeRuns(10, () => openStore({ path: file }).close())
    const store = openStore({ path: file })
    const repository = new AnnotationsRepository(store.db)
    const listed = repository.listForDocument(documentId).length
    if (listed !== perDocument) throw new Error(`expected ${perDocument} annotations, listed ${listed}`)
    const lists = await timeRuns(15, () => repository.listForDocument(documentId))
    const naive = await timeRuns(5, () => listNaively(store.db, documentId))
    const keyed = await timeRuns(15, () => listKeyed(store.db, documentId))
    const listCpu = cpuMedian(15, () => repository.listForDocument(documentId))
    const naiveCpu = cpuMedian(5, () => listNaively(store.db, documentId))
    store.close()

    const openMedian = quantile(opens, 0.5)
    const listMedian = quantile(lists, 0.5)
    return [
      {
        scenario: `open a library with ${documents * perDocument} annotations, closed cleanly (median)`,
        measured: ms(openMedian),
        alternative: `the same start running the quick check (a file changed since its last check): ${ms(checkedOpen!)}`,
        ratio: ratio(openMedian, checkedOpen!),
        target: '< 200 ms',
        verdict: openMedian < 200 ? 'ok' : 'over',
      },
      {
        scenario: `list one document's ${perDocument} annotations with tags and threads (median)`,
        measured: `${ms(listMedian)} (CPU ${ms(listCpu)})`,
        alternative: `one query per annotation: ${ms(quantile(naive, 0.5))} (CPU ${ms(naiveCpu)}); the same queries as keyed rows, not built into annotations: ${ms(quantile(keyed, 0.5))}`,
        ratio: ratio(listMedian, quantile(naive, 0.5)),
        target: '≤ 50 ms',
        verdict: listMedian <= 50 ? 'ok' : 'over',
      },
    ]
  } finally {
    temp.remove()
  }
}
