import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createColleague } from '../support/teamHarness'
import { seedAnnotations } from '../support/teamSeed'
import { startTeamServer, type TeamServer } from '../support/teamServer'
import { makeTempDirectory } from '../support/tempDirectory'

let cleanup: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const step of cleanup.reverse()) await step()
  cleanup = []
})

/** Enough records for several batches of the replicator (500 each), so the first one is far from all of them. */
const annotationCount = 1_500
/** Every record of the document: its annotations and its draft. */
const recordCount = annotationCount + 1

/** The first line the child prints that starts with `prefix`, or null if it exits first. */
function firstLine(child: ReturnType<typeof spawn>, prefix: string): Promise<string | null> {
  return new Promise((resolve) => {
    let text = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8')
      const line = text.split('\n').find((each) => each.startsWith(prefix))
      if (line) resolve(line)
    })
    child.once('exit', () => resolve(null))
  })
}

describe('a sync killed mid-way', () => {
  it('loses and duplicates nothing: after a restart the next sync sends only the rest and both sides agree', async () => {
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
    cleanup.push(() => void child.kill('SIGKILL'))
    // The child holds still once the server has its first batch: the kill lands there, mid-sync.
    expect(await firstLine(child, 'pushed ')).toMatch(/^pushed \d+$/)
    const onServerAtKill = await server.documentCount('delegation')
    child.kill('SIGKILL')
    await exited
    expect(onServerAtKill).toBeGreaterThan(0)
    expect(onServerAtKill).toBeLessThan(recordCount)

    const again = await createColleague('Lan', libraryPath)
    cleanup.push(() => again.remove())
    expect(await again.api['annotations.list'](documentId)).toHaveLength(annotationCount)
    await again.api['team.configureServer']({ address: server.address, database: 'delegation', user, password })
    expect(await again.api['team.syncNow']()).toMatchObject({ state: 'synced', waiting: 0 })
    // The server already had the first batch: only the rest goes, and nothing arrives twice.
    expect(again.app.services.teamSync.lastTransfer().pushed).toBe(recordCount - onServerAtKill)
    expect(await server.documentCount('delegation')).toBe(recordCount)
    const onServer = await server.database('delegation').allDocs({ conflicts: true, include_docs: true })
    expect(onServer.rows.filter((row) => row.doc?._conflicts)).toEqual([])

    const olga = await createColleague('Olga')
    cleanup.push(() => olga.remove())
    const olgaDoc = await olga.importDraft()
    await olga.api['team.configureServer']({ address: server.address, database: 'delegation', user, password })
    expect(await olga.api['team.syncNow']()).toMatchObject({ state: 'synced' })
    expect(await again.api['team.syncNow']()).toMatchObject({ state: 'synced', waiting: 0 })
    expect(await olga.api['annotations.list'](olgaDoc)).toHaveLength(annotationCount)
    expect(await again.api['annotations.list'](documentId)).toHaveLength(annotationCount)
    expect(await again.picture(documentId)).toEqual(await olga.picture(olgaDoc))
    // Two full syncs of 1,500 records through a loopback server: far longer than a unit test on a busy machine.
  }, 180_000)
})
