import { describe, expect, it } from 'vitest'
import { createColleague, type Colleague } from '../support/teamHarness'
import { seedAnnotations } from '../support/teamSeed'
import { useTeamWithServer } from '../support/teamWithServer'

const teamWithServer = useTeamWithServer()

async function sync(colleague: Colleague) {
  expect(await colleague.api['team.syncNow']()).toMatchObject({ state: 'synced', waiting: 0 })
}

describe('a team database made again on the server', () => {
  it('gets everything again from the next sync, and a newcomer sees the whole picture', async () => {
    const { colleagues, documents, server, join } = await teamWithServer(['Lan', 'Olga'], { shared: true })
    const [lan, olga] = colleagues as [Colleague, Colleague]
    const [lanDoc, olgaDoc] = documents as [string, string]
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
    const kimDoc = await join(kim)
    await sync(kim)
    expect(await kim.picture(kimDoc)).toEqual(await lan.picture(lanDoc))
  }, 120_000)
})
