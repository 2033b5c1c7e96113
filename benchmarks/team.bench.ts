/**
 * Team work with 5,000 annotations: merging a colleague's `.marginalia` file, a first sync through the CouchDB API
 * on loopback, and a second sync with nothing new. Baselines from the same run: copying the same rows into a
 * library in one transaction (the least any merge has to write, with no history, conflicts or checks), PouchDB's
 * replicator copying the same documents to the same server (the protocol's own floor, with no mapping to or from
 * SQLite), and for the second sync, the first one (what a sync without checkpoints would cost every time).
 */
import path from 'node:path'
import PouchDB from 'pouchdb'
import memoryAdapter from 'pouchdb-adapter-memory'
import { newId, nowIso } from '../src-main/common/model/ids'
import type { Connection } from '../src-main/db/connection'
import { openStore } from '../src-main/db/openStore'
import { SettingsRepository } from '../src-main/db/repositories/settingsRepository'
import { TeamRepository } from '../src-main/db/repositories/teamRepository'
import { TeamSyncRepository } from '../src-main/db/repositories/teamSyncRepository'
import { EventBus } from '../src-main/services/eventBus'
import { noErasure } from '../src-main/services/leftoverEraser'
import { draftHash } from '../src-main/services/teamRecordMapping'
import { readBundle } from '../src-main/team/bundle'
import { transactionOn } from '../src-main/services/transaction'
import { TeamService } from '../src-main/services/teamService'
import { memorySecrets, TeamSync } from '../src-main/services/teamSync'
import { canonicalText } from '../src-main/common/text/canonicalText'
import { makeTempDirectory } from '../tests/support/tempDirectory'
import { startTeamServer } from '../tests/support/teamServer'
import { ms, ratio, type BenchRow } from './benchRow'

const count = 5_000
const paragraphs = Array.from(
  { length: 500 },
  (_, index) => `Điều ${index + 1}. Các Bên hợp tác về năng lượng ${index}.`,
)

/** A colleague's library with the team services only (the rest of the app plays no part in a merge or a sync). */
function teamLibrary(name: string) {
  const temp = makeTempDirectory('marginalia-bench-team')
  const store = openStore({ path: path.join(temp.path, 'library.sqlite3') })
  const settings = new SettingsRepository(store.db)
  const repository = new TeamRepository(store.db)
  const events = new EventBus()
  const team = new TeamService({
    team: repository,
    settings,
    authorName: () => name,
    events,
    eraser: noErasure,
    transaction: transactionOn(store.db),
  })
  const sync = new TeamSync({
    team,
    repository,
    syncState: new TeamSyncRepository(store.db),
    settings,
    secrets: memorySecrets(),
    events,
  })
  return { db: store.db, team, sync, remove: () => (store.close(), temp.remove()) }
}

/** The draft, stored as an import stores it (its content hash is the hash of its text). */
function seedDraft(db: Connection): { documentId: string; revisionId: string; text: string } {
  const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))
  const text = canonicalText(blocks)
  const documentId = newId()
  const revisionId = newId()
  const now = nowIso()
  db.prepare(
    `INSERT INTO documents (id, title, source_name, format, size_bytes, content_hash, created_at, updated_at)
     VALUES (?, 'Hiệp định', 'draft.txt', 'txt', 0, ?, ?, ?)`,
  ).run(documentId, draftHash(text), now, now)
  db.prepare(
    `INSERT INTO revisions (id, document_id, number, blocks, text, content_hash, created_at) VALUES (?, ?, 1, ?, ?, ?, ?)`,
  ).run(revisionId, documentId, JSON.stringify(blocks), text, draftHash(text), now)
  return { documentId, revisionId, text }
}

/** Store `count` annotations with a comment on every fourth, in one transaction. */
function seedAnnotations(db: Connection, draft: { documentId: string; revisionId: string; text: string }): void {
  const insert = db.prepare(
    `INSERT INTO annotations (id, document_id, revision_id, color, start_offset, end_offset, exact, prefix, suffix,
       author, created_at, updated_at) VALUES (?, ?, ?, 'yellow', ?, ?, ?, '', '', 'Lan', ?, ?)`,
  )
  const comment = db.prepare(
    `INSERT INTO comments (id, annotation_id, parent_id, author, body, created_at, updated_at)
     VALUES (?, ?, NULL, 'Lan', 'Cần nêu tại cuộc họp', ?, ?)`,
  )
  const now = nowIso()
  db.transaction(() => {
    for (let index = 0; index < count; index++) {
      const start = (index * 7) % (draft.text.length - 20)
      const id = newId()
      insert.run(
        id,
        draft.documentId,
        draft.revisionId,
        start,
        start + 12,
        draft.text.slice(start, start + 12),
        now,
        now,
      )
      if (index % 4 === 0) comment.run(newId(), id, now, now)
    }
  })()
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; took: number }> {
  const started = performance.now()
  const value = await work()
  return { value, took: performance.now() - started }
}

export async function run(): Promise<BenchRow[]> {
  const lan = teamLibrary('Lan')
  const olga = teamLibrary('Olga')
  const copy = teamLibrary('Copy')
  const server = await startTeamServer()
  try {
    const lanDraft = seedDraft(lan.db)
    seedDraft(olga.db)
    seedAnnotations(lan.db, lanDraft)
    const bundle = await lan.team.exportBundle(lanDraft.documentId)
    const merge = await timed(() => olga.team.importBundle(bundle))
    if (merge.value.totals.new < count) throw new Error(`Only ${merge.value.totals.new} annotations merged`)
    const copied = await timed(() => seedAnnotations(copy.db, seedDraft(copy.db)))

    // The floor: the replicator alone, the same documents (the file's), to the same server. The server runs in this
    // process, so a first replication also warms it up: one untimed run goes first, so neither figure pays for that.
    const MemoryPouch = PouchDB.plugin(memoryAdapter)
    const source = new MemoryPouch(`bench-floor-${newId()}`, { adapter: 'memory' })
    await source.bulkDocs(readBundle(bundle.bytes).leaves.map((leaf) => ({ ...leaf.body, _id: leaf.id })))
    const auth = `Basic ${Buffer.from(`${server.credentials.user}:${server.credentials.password}`).toString('base64')}`
    const serverDatabase = (name: string) =>
      new MemoryPouch(`${server.address}/${name}`, {
        skip_setup: true,
        fetch: (url: string, options: RequestInit = {}) => {
          const headers = new Headers(options.headers)
          headers.set('Authorization', auth)
          return fetch(url, { ...options, headers })
        },
      })
    for (const name of ['warm-up', 'floor', 'delegation']) await server.createDatabase(name)
    await MemoryPouch.replicate(source, serverDatabase('warm-up'), { batch_size: 500 })
    const floor = await timed(() => MemoryPouch.replicate(source, serverDatabase('floor'), { batch_size: 500 }))
    await source.destroy()

    lan.sync.configure({
      address: server.address,
      database: 'delegation',
      user: server.credentials.user,
      password: server.credentials.password,
    })
    const sync = await timed(() => lan.sync.syncNow())
    if (sync.value.state !== 'synced') throw new Error(`Sync ended ${JSON.stringify(sync.value)}`)
    // Nothing new on either side: the checkpoint and what waits for the server are in SQLite, so nothing moves.
    const again = await timed(() => lan.sync.syncNow())
    const moved = lan.sync.lastTransfer()
    if (again.value.state !== 'synced' || moved.pulled + moved.pushed > 0) {
      throw new Error(`Second sync ended ${JSON.stringify(again.value)} having moved ${JSON.stringify(moved)}`)
    }

    return [
      {
        scenario: `merge a colleague's .marginalia file of ${count.toLocaleString('en')} annotations`,
        measured: ms(merge.took),
        alternative: `plain copy of the rows: ${ms(copied.took)}`,
        ratio: ratio(merge.took, copied.took),
        target: '≤ 2 s',
        verdict: merge.took <= 2_000 ? 'ok' : 'over',
      },
      {
        scenario: `first sync of ${count.toLocaleString('en')} annotations through loopback CouchDB API`,
        measured: ms(sync.took),
        alternative: `replicator alone, same docs: ${ms(floor.took)}`,
        ratio: ratio(sync.took, floor.took),
        target: '≤ 10 s',
        verdict: sync.took <= 10_000 ? 'ok' : 'over',
      },
      {
        scenario: `second sync of the same ${count.toLocaleString('en')} annotations, nothing new on either side`,
        measured: ms(again.took),
        alternative: `the first sync: ${ms(sync.took)}`,
        ratio: ratio(again.took, sync.took),
        target: '≤ 1 s',
        verdict: again.took <= 1_000 ? 'ok' : 'over',
      },
    ]
  } finally {
    await server.close()
    lan.sync.stop()
    lan.remove()
    olga.remove()
    copy.remove()
  }
}
