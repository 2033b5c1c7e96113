import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { newId, nowIso } from '../../src-main/common/model/ids'
import { createColleague, type Colleague } from '../support/teamHarness'
import { startTeamServer, type TeamServer } from '../support/teamServer'
import { makeTempDirectory } from '../support/tempDirectory'

let cleanup: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const step of cleanup.reverse()) await step()
  cleanup = []
})

/** Store `count` annotations on the document's draft in one transaction (the scene, not what is tested). */
function seedAnnotations(colleague: Colleague, documentId: string, count: number): void {
  const db = colleague.app.store.db
  const { id: revisionId } = db.prepare(`SELECT id FROM revisions WHERE document_id = ?`).get(documentId) as {
    id: string
  }
  const insert = db.prepare(
    `INSERT INTO annotations (id, document_id, revision_id, color, start_offset, end_offset, exact, prefix, suffix,
       author, created_at, updated_at) VALUES (?, ?, ?, 'yellow', 0, 6, 'Điều 1', '', '', 'Lan', ?, ?)`,
  )
  const now = nowIso()
  db.transaction(() => {
    for (let index = 0; index < count; index++) insert.run(newId(), documentId, revisionId, now, now)
  })()
}

/** Enough records that a sync takes several batches, so the kill usually lands while records are still arriving. */
const annotationCount = 1_500

describe('a sync killed mid-way', () => {
  it('loses nothing: the library is whole on restart and the next sync completes', async () => {
    const temp = makeTempDirectory('marginalia-sync-kill')
    cleanup.push(() => temp.remove())
    const server: TeamServer = await startTeamServer()
    cleanup.push(() => server.close())
    await server.createDatabase('delegation')
    const libraryPath = path.join(temp.path, 'lan.sqlite3')
    const lan = await createColleague('Lan', libraryPath)
    const documentId = await lan.importDraft()
    seedAnnotations(lan, documentId, annotationCount)
    await lan.api['team.setShared'](documentId, true)
    await lan.remove()

    const { user, password } = server.credentials
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.resolve('tests/support/syncWorker.ts'),
        libraryPath,
        server.address,
        'delegation',
        user,
        password,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    // Kill it as soon as the server holds some of its records (or when it ends, if it is faster than we look).
    for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
      if ((await server.documentCount('delegation')) > 0) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    child.kill('SIGKILL')
    await exited

    const again = await createColleague('Lan', libraryPath)
    cleanup.push(() => again.remove())
    expect(await again.api['annotations.list'](documentId)).toHaveLength(annotationCount)
    await again.api['team.configureServer']({ address: server.address, database: 'delegation', user, password })
    expect(await again.api['team.syncNow']()).toMatchObject({ state: 'synced', waiting: 0 })

    const olga = await createColleague('Olga')
    cleanup.push(() => olga.remove())
    const olgaDoc = await olga.importDraft()
    await olga.api['team.configureServer']({ address: server.address, database: 'delegation', user, password })
    await olga.api['team.syncNow']()
    expect(await olga.api['annotations.list'](olgaDoc)).toHaveLength(annotationCount)
    // Three full syncs through a loopback server: far longer than a unit test on a busy machine.
  }, 180_000)
})
