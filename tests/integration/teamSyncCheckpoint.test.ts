import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createColleague, type Colleague } from '../support/teamHarness'
import { seedAnnotations } from '../support/teamSeed'
import { startTeamServer, type TeamServer } from '../support/teamServer'
import { makeTempDirectory } from '../support/tempDirectory'

let cleanup: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const step of cleanup.reverse()) await step()
  cleanup = []
})

/** Enough records that re-sending or re-reading them all could not pass for moving one. */
const annotationCount = 300

/** Sync and say what moved: documents the server took from this library, and documents it read from the server. */
async function sync(colleague: Colleague) {
  expect(await colleague.api['team.syncNow']()).toMatchObject({ state: 'synced', waiting: 0 })
  return colleague.app.services.teamSync.lastTransfer()
}

/** The server's changes since `seq`: what reached it in between. */
async function serverChangesSince(server: TeamServer, seq: number | string) {
  const { results } = await server.database('delegation').changes({ since: seq })
  return results.length
}

describe('sync checkpoints', () => {
  it('after a first sync, moves only the new annotation each way, before and after a restart', async () => {
    const temp = makeTempDirectory('marginalia-sync-checkpoint')
    cleanup.push(() => temp.remove())
    const server = await startTeamServer()
    cleanup.push(() => server.close())
    await server.createDatabase('delegation')
    const settings = { address: server.address, database: 'delegation', ...server.credentials }
    const lanPath = path.join(temp.path, 'lan.sqlite3')
    let lan = await createColleague('Lan', lanPath)
    const olga = await createColleague('Olga')
    cleanup.push(() => olga.remove())
    const lanDoc = await lan.importDraft()
    const olgaDoc = await olga.importDraft()
    seedAnnotations(lan, lanDoc, annotationCount)
    for (const [colleague, documentId] of [
      [lan, lanDoc],
      [olga, olgaDoc],
    ] as const) {
      await colleague.api['team.setShared'](documentId, true)
      await colleague.api['team.configureServer'](settings)
    }

    expect((await sync(lan)).pushed).toBeGreaterThan(annotationCount)
    expect((await sync(olga)).pulled).toBeGreaterThan(annotationCount)
    await sync(lan) // Olga's own copy of the draft reaches Lan: from here on, both sides hold the same.

    // One new annotation on each side: one record goes up from each, and one comes down to each.
    const before = (await server.database('delegation').info()).update_seq
    await lan.highlight(lanDoc, 'nuclear safety')
    await olga.highlight(olgaDoc, 'консультации')
    expect(await sync(lan)).toEqual({ pushed: 1, pulled: 0 })
    expect(await sync(olga)).toEqual({ pushed: 1, pulled: 1 })
    expect(await sync(lan)).toEqual({ pushed: 0, pulled: 1 })
    expect(await serverChangesSince(server, before)).toBe(2)
    expect(await lan.picture(lanDoc)).toEqual(await olga.picture(olgaDoc))

    // Lan's app restarts: the checkpoint and what the server already has are in the library, not in memory.
    await lan.remove()
    lan = await createColleague('Lan', lanPath)
    cleanup.push(() => lan.remove())
    await lan.api['team.configureServer'](settings)
    const afterRestart = (await server.database('delegation').info()).update_seq
    await lan.highlight(lanDoc, 'Các Bên')
    await olga.highlight(olgaDoc, 'Article 2.')
    expect(await sync(olga)).toEqual({ pushed: 1, pulled: 0 })
    expect(await sync(lan)).toEqual({ pushed: 1, pulled: 1 })
    expect(await sync(olga)).toEqual({ pushed: 0, pulled: 1 })
    expect(await serverChangesSince(server, afterRestart)).toBe(2)
    expect(await lan.picture(lanDoc)).toEqual(await olga.picture(olgaDoc))
    expect(await lan.api['annotations.list'](lanDoc)).toHaveLength(annotationCount + 4)

    // Nothing new anywhere: nothing moves.
    expect(await sync(lan)).toEqual({ pushed: 0, pulled: 0 })
  }, 120_000)
})
