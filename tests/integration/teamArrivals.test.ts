import { describe, expect, it } from 'vitest'
import type { Colleague } from '../support/teamHarness'
import { useColleagues } from '../support/useColleagues'
import { useTeamWithServer } from '../support/teamWithServer'

const colleagues = useColleagues()
const teamWithServer = useTeamWithServer()

/** The annotations the panel's "New since my last sync" filter shows, by their passage. */
async function newSinceSync(colleague: Colleague, documentId: string): Promise<string[]> {
  const listed = await colleague.api['annotations.list'](documentId)
  return listed.filter((annotation) => annotation.arrivedAt).map((annotation) => annotation.target.exact)
}

describe('what arrived in the last merge from colleagues', () => {
  it('lists exactly what a file brought, keeps it through local edits and through a file bringing nothing', async () => {
    const [lan, olga] = (await colleagues('Lan', 'Olga')) as [Colleague, Colleague]
    const lanDoc = await lan.importDraft()
    const olgaDoc = await olga.importDraft()
    const olgasOwn = await olga.highlight(olgaDoc, 'Стороны')
    const commented = await lan.highlight(lanDoc, 'Các Bên')
    await lan.highlight(lanDoc, 'nuclear safety', 'Check the IAEA wording')
    await olga.api['team.importBundle'](await lan.api['team.exportBundle'](lanDoc))
    expect((await newSinceSync(olga, olgaDoc)).sort()).toEqual(['Các Bên', 'nuclear safety'])

    // Olga's own edit of an arrival does not make it old news; her own annotation is never "new".
    await olga.api['annotations.setColor'](commented.id, 'blue')
    expect((await newSinceSync(olga, olgaDoc)).sort()).toEqual(['Các Bên', 'nuclear safety'])
    expect(await olga.api['annotations.list'](olgaDoc)).toContainEqual(
      expect.not.objectContaining({ id: olgasOwn.id, arrivedAt: expect.anything() }),
    )

    // The same file again brings nothing: the list stays as the last merge that brought something left it.
    await olga.api['team.importBundle'](await lan.api['team.exportBundle'](lanDoc))
    expect((await newSinceSync(olga, olgaDoc)).sort()).toEqual(['Các Bên', 'nuclear safety'])

    // Next, Lan only replies on one thread: that annotation alone is new since this merge.
    await lan.api['annotations.addComment'](commented.id, 'Xem lại Điều 1', null)
    await olga.api['team.importBundle'](await lan.api['team.exportBundle'](lanDoc))
    expect(await newSinceSync(olga, olgaDoc)).toEqual(['Các Bên'])
  })

  it('marks an annotation edited on both sides as new, with its conflict', async () => {
    const [lan, olga] = (await colleagues('Lan', 'Olga')) as [Colleague, Colleague]
    const lanDoc = await lan.importDraft()
    const olgaDoc = await olga.importDraft()
    const note = await lan.highlight(lanDoc, 'nuclear safety')
    await lan.highlight(lanDoc, 'Các Bên')
    await olga.api['team.importBundle'](await lan.api['team.exportBundle'](lanDoc))
    await lan.api['annotations.setColor'](note.id, 'green')
    await olga.api['annotations.setColor'](note.id, 'pink')

    await olga.api['team.importBundle'](await lan.api['team.exportBundle'](lanDoc))
    const listed = await olga.api['annotations.list'](olgaDoc)
    const arrived = listed.filter((annotation) => annotation.arrivedAt)
    expect(arrived.map((annotation) => annotation.id)).toEqual([note.id])
    expect(arrived[0]!.conflict?.versions).toHaveLength(2)
  })

  it('forgets an arrival the user deletes', async () => {
    const [lan, olga] = (await colleagues('Lan', 'Olga')) as [Colleague, Colleague]
    const lanDoc = await lan.importDraft()
    const olgaDoc = await olga.importDraft()
    const note = await lan.highlight(lanDoc, 'nuclear safety')
    await olga.api['team.importBundle'](await lan.api['team.exportBundle'](lanDoc))
    expect(await newSinceSync(olga, olgaDoc)).toEqual(['nuclear safety'])
    await olga.api['annotations.delete'](note.id)
    expect(await newSinceSync(olga, olgaDoc)).toEqual([])
    expect(olga.app.store.db.prepare(`SELECT count(*) AS n FROM team_arrivals`).get()).toEqual({ n: 0 })
  })

  it('keeps the same rule through the server: a sync that brings nothing leaves the list', async () => {
    const { colleagues, documents } = await teamWithServer(['Lan', 'Olga'], { shared: true })
    const [lan, olga] = colleagues as [Colleague, Colleague]
    const [lanDoc, olgaDoc] = documents as [string, string]
    const syncs = async (colleague: Colleague) =>
      expect(await colleague.api['team.syncNow']()).toMatchObject({ state: 'synced' })

    await lan.highlight(lanDoc, 'nuclear safety')
    await syncs(lan)
    await syncs(olga)
    expect(await newSinceSync(olga, olgaDoc)).toEqual(['nuclear safety'])
    await syncs(olga)
    expect(await newSinceSync(olga, olgaDoc)).toEqual(['nuclear safety'])

    await lan.highlight(lanDoc, 'Các Bên')
    await syncs(lan)
    await syncs(olga)
    expect(await newSinceSync(olga, olgaDoc)).toEqual(['Các Bên'])
  }, 120_000)
})
