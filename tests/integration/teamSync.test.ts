import { describe, expect, it } from 'vitest'
import type { Colleague } from '../support/teamHarness'
import { useTeamWithServer } from '../support/teamWithServer'

const teamWithServer = useTeamWithServer()

describe('sync through a CouchDB server', () => {
  it('brings edits made on both sides together, and a concurrent edit becomes a conflict settled everywhere', async () => {
    const { colleagues, documents } = await teamWithServer(['Lan', 'Olga'])
    const [lan, olga] = colleagues as [Colleague, Colleague]
    const [lanDoc, olgaDoc] = documents as [string, string]
    const note = await lan.highlight(lanDoc, 'nuclear safety', 'IAEA?')
    await lan.api['team.setShared'](lanDoc, true)
    await olga.api['team.setShared'](olgaDoc, true)
    await olga.highlight(olgaDoc, 'консультации')

    expect(await lan.api['team.syncNow']()).toMatchObject({ state: 'synced', waiting: 0 })
    await olga.api['team.syncNow']()
    await lan.api['team.syncNow']()
    expect(await lan.picture(lanDoc)).toEqual(await olga.picture(olgaDoc))
    expect((await lan.picture(lanDoc)).map((annotation) => annotation.exact).sort()).toEqual([
      'nuclear safety',
      'консультации',
    ])

    await lan.api['annotations.setColor'](note.id, 'green')
    await olga.api['annotations.setColor'](note.id, 'pink')
    await lan.api['team.syncNow']()
    await olga.api['team.syncNow']()
    const [inConflict] = (await olga.api['annotations.list'](olgaDoc)).filter((each) => each.id === note.id)
    const lans = inConflict!.conflict!.versions.find((version) => version.color === 'green')!
    await olga.api['team.resolveConflict'](note.id, lans.rev)
    await olga.api['team.syncNow']()
    await lan.api['team.syncNow']()
    const [atLan] = (await lan.api['annotations.list'](lanDoc)).filter((each) => each.id === note.id)
    expect(atLan).toMatchObject({ color: 'green' })
    expect(atLan!.conflict).toBeUndefined()
  })

  it('keeps changes waiting while the server is unreachable and catches up when it is back', async () => {
    const { colleagues, documents, server: teamServer } = await teamWithServer(['Lan', 'Olga'])
    const [lan, olga] = colleagues as [Colleague, Colleague]
    const [lanDoc, olgaDoc] = documents as [string, string]
    await lan.api['team.setShared'](lanDoc, true)
    await lan.api['team.syncNow']()
    await teamServer.close()
    await lan.highlight(lanDoc, 'Các Bên')
    await lan.highlight(lanDoc, 'Article 2.')
    const offline = await lan.api['team.syncNow']()
    expect(offline).toMatchObject({ state: 'offline' })
    expect(offline.state === 'offline' && offline.waiting).toBeGreaterThanOrEqual(2)

    await teamServer.start()
    expect(await lan.api['team.syncNow']()).toMatchObject({ state: 'synced', waiting: 0 })
    await olga.api['team.syncNow']()
    expect((await olga.picture(olgaDoc)).map((annotation) => annotation.exact).sort()).toEqual(
      ['Article 2.', 'Các Bên'].sort(),
    )
  })

  it('never sends a private annotation to the server', async () => {
    const { colleagues, documents, server: teamServer } = await teamWithServer(['Lan'])
    const [lan] = colleagues as [Colleague]
    const [lanDoc] = documents as [string]
    await lan.api['team.setShared'](lanDoc, true)
    const secret = await lan.highlight(lanDoc, 'Các Bên', 'PRIVATE-THOUGHT')
    await lan.api['team.setPrivate'](secret.id, true)
    await lan.highlight(lanDoc, 'Article 2.')
    await lan.api['team.syncNow']()
    const all = await teamServer.database('delegation').allDocs({ include_docs: true })
    const text = JSON.stringify(all)
    expect(text).toContain('Article 2.')
    expect(text).not.toContain('PRIVATE-THOUGHT')
    expect(text).not.toContain(secret.id)
  })

  it('says clearly what is wrong — password, database, server down, address — and changes nothing', async () => {
    const { colleagues, documents, server: teamServer } = await teamWithServer(['Lan'])
    const [lan] = colleagues as [Colleague]
    await lan.api['team.setShared'](documents[0]!, true)
    const settings = { address: teamServer.address, database: 'delegation', user: 'lan' }

    await lan.api['team.configureServer']({ ...settings, password: 'wrong' })
    expect(await lan.api['team.syncNow']()).toMatchObject({ state: 'failed', code: 'team.wrongPassword' })
    expect(await teamServer.documentCount('delegation')).toBe(0)

    await lan.api['team.configureServer']({ ...settings, database: 'nosuch', password: 'hoa-sen-2026' })
    expect(await lan.api['team.syncNow']()).toMatchObject({ state: 'failed', code: 'team.noDatabase' })

    await lan.api['team.configureServer']({ ...settings, address: 'http://127.0.0.1:1', password: 'x' })
    expect(await lan.api['team.syncNow']()).toMatchObject({ state: 'offline' })

    const before = await lan.api['team.serverSettings']()
    await expect(
      (async () =>
        lan.api['team.configureServer']({ ...settings, address: 'http://couch.example.org', password: 'x' }))(),
    ).rejects.toMatchObject({ code: 'team.insecureAddress' })
    expect(await lan.api['team.serverSettings']()).toEqual(before)
  })
})
