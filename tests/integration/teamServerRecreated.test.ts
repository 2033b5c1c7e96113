import { afterEach, describe, expect, it } from 'vitest'
import { createColleague, type Colleague } from '../support/teamHarness'
import { seedAnnotations } from '../support/teamSeed'
import { startTeamServer, type TeamServer } from '../support/teamServer'

let team: Colleague[] = []
let server: TeamServer | null = null
afterEach(async () => {
  for (const colleague of team) await colleague.remove()
  team = []
  await server?.close()
  server = null
})

async function join(colleague: Colleague, settings: Parameters<Colleague['api']['team.configureServer']>[0]) {
  const documentId = await colleague.importDraft()
  await colleague.api['team.setShared'](documentId, true)
  await colleague.api['team.configureServer'](settings)
  return documentId
}

async function sync(colleague: Colleague) {
  expect(await colleague.api['team.syncNow']()).toMatchObject({ state: 'synced', waiting: 0 })
}

describe('a team database made again on the server', () => {
  it('gets everything again from the next sync, and a newcomer sees the whole picture', async () => {
    server = await startTeamServer()
    await server.createDatabase('delegation')
    const settings = { address: server.address, database: 'delegation', ...server.credentials }
    team = [await createColleague('Lan'), await createColleague('Olga')]
    const [lan, olga] = team as [Colleague, Colleague]
    const lanDoc = await join(lan, settings)
    const olgaDoc = await join(olga, settings)
    seedAnnotations(lan, lanDoc, 20)
    await lan.highlight(lanDoc, 'nuclear safety', 'Check the IAEA wording')
    await sync(lan)
    await sync(olga)
    await sync(lan)
    const held = await server.documentCount('delegation')
    expect(held).toBeGreaterThan(21)

    // The administrator deletes the database and makes it again, empty (or restores an old backup).
    await server.recreateDatabase('delegation')
    expect(await server.documentCount('delegation')).toBe(0)

    await sync(lan)
    await sync(olga)
    expect(await server.documentCount('delegation')).toBe(held)
    await lan.highlight(lanDoc, 'Các Bên')
    await sync(lan)
    await sync(olga)
    expect(await olga.picture(olgaDoc)).toEqual(await lan.picture(lanDoc))

    const kim = await createColleague('Kim')
    team.push(kim)
    const kimDoc = await join(kim, settings)
    await sync(kim)
    expect(await kim.picture(kimDoc)).toEqual(await lan.picture(lanDoc))
  }, 120_000)
})
