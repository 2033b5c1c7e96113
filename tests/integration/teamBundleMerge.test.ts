import { describe, expect, it } from 'vitest'
import { useColleagues } from '../support/useColleagues'

const colleagues = useColleagues()

/** Every ordering of a list. */
function orderings<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items]
  return items.flatMap((item, index) =>
    orderings([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  )
}

describe('merging .marginalia files', () => {
  it('gives identical libraries whatever order the files arrive in', async () => {
    const [lan, olga, anna, ...readers] = await colleagues('Lan', 'Olga', 'Anna', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6')
    const docs = await Promise.all([lan!, olga!, anna!].map((colleague) => colleague.importDraft()))
    const shared = await lan!.highlight(docs[0]!, 'nuclear safety', 'IAEA wording?')
    const seed = await lan!.api['team.exportBundle'](docs[0]!)
    await olga!.api['team.importBundle'](seed)
    await anna!.api['team.importBundle'](seed)
    // Concurrent work: a reply each, a colour change on two sides, a new note each.
    const [lanComment] = shared.comments
    await olga!.api['annotations.addComment'](shared.id, 'Agree', lanComment!.id)
    await anna!.api['annotations.addComment'](shared.id, 'Disagree', lanComment!.id)
    await olga!.api['annotations.setColor'](shared.id, 'blue')
    await anna!.api['annotations.setColor'](shared.id, 'pink')
    await lan!.highlight(docs[0]!, 'Các Bên')
    await olga!.highlight(docs[1]!, 'консультации')
    await anna!.highlight(docs[2]!, 'Article 2.')
    const files = await Promise.all(
      [lan!, olga!, anna!].map((colleague, index) => colleague.api['team.exportBundle'](docs[index]!)),
    )

    const pictures = []
    for (const [index, order] of orderings([0, 1, 2]).entries()) {
      const reader = readers[index]!
      let documentId = ''
      for (const which of order) documentId = (await reader.api['team.importBundle'](files[which]!)).documentId
      pictures.push(await reader.picture(documentId))
    }
    for (const picture of pictures.slice(1)) expect(picture).toEqual(pictures[0])
    const merged = pictures[0]!
    expect(merged.map((annotation) => annotation.exact).sort()).toEqual(
      ['Article 2.', 'Các Bên', 'nuclear safety', 'консультации'].sort(),
    )
    const thread = merged.find((annotation) => annotation.id === shared.id)!
    // Replies merge one by one; the colour disagreement is a conflict with both versions.
    expect(thread.comments.map((comment) => comment.body).sort()).toEqual(['Agree', 'Disagree', 'IAEA wording?'])
    expect(thread.conflict?.map((version) => version.color).sort()).toEqual(['blue', 'pink'])
  })

  it('makes an edit against a deletion a conflict, and keeping the deletion removes it everywhere', async () => {
    const [lan, olga] = await colleagues('Lan', 'Olga')
    const lanDoc = await lan!.importDraft()
    const olgaDoc = await olga!.importDraft()
    const note = await lan!.highlight(lanDoc, 'Các Bên')
    await olga!.api['team.importBundle'](await lan!.api['team.exportBundle'](lanDoc))
    await lan!.api['annotations.delete'](note.id)
    await olga!.api['annotations.setColor'](note.id, 'green')

    const report = await olga!.api['team.importBundle'](await lan!.api['team.exportBundle'](lanDoc))
    expect(report.colleagues).toEqual([expect.objectContaining({ name: 'Lan', conflicts: 1 })])
    const [kept] = await olga!.api['annotations.list'](olgaDoc)
    const deletion = kept!.conflict!.versions.find((version) => version.deleted)!
    expect(deletion).toMatchObject({ by: 'Lan', exact: null })
    await olga!.api['team.resolveConflict'](note.id, deletion.rev)
    expect(await olga!.api['annotations.list'](olgaDoc)).toEqual([])

    await lan!.api['team.importBundle'](await olga!.api['team.exportBundle'](olgaDoc))
    expect(await lan!.api['annotations.list'](lanDoc)).toEqual([])
  })

  it('sends a deletion without its text, and the colleague’s copy loses the text too', async () => {
    const [lan, olga] = await colleagues('Lan', 'Olga')
    const lanDoc = await lan!.importDraft()
    const olgaDoc = await olga!.importDraft()
    const note = await lan!.highlight(lanDoc, 'Các Bên', 'SECRET-MARKER-4711')
    await olga!.api['team.importBundle'](await lan!.api['team.exportBundle'](lanDoc))
    await lan!.api['annotations.delete'](note.id)

    const file = await lan!.api['team.exportBundle'](lanDoc)
    expect(new TextDecoder().decode(file.bytes)).not.toContain('SECRET-MARKER-4711')
    const report = await olga!.api['team.importBundle'](file)
    expect(report.colleagues).toEqual([expect.objectContaining({ name: 'Lan', deleted: 2 })])
    expect(await olga!.api['annotations.list'](olgaDoc)).toEqual([])
    const stored = olga!.app.store.db.prepare(`SELECT body FROM team_leaves`).all() as { body: string }[]
    expect(stored.map((row) => row.body).join('\n')).not.toContain('SECRET-MARKER-4711')
  })

  it('never puts a private annotation (or its comments) in a file', async () => {
    const [lan, olga] = await colleagues('Lan', 'Olga')
    const lanDoc = await lan!.importDraft()
    await olga!.importDraft()
    const mine = await lan!.highlight(lanDoc, 'Các Bên', 'PRIVATE-THOUGHT')
    await lan!.api['team.setPrivate'](mine.id, true)
    await lan!.highlight(lanDoc, 'Article 2.')

    const file = await lan!.api['team.exportBundle'](lanDoc)
    const text = new TextDecoder().decode(file.bytes)
    expect(text).not.toContain('PRIVATE-THOUGHT')
    expect(text).not.toContain(mine.id)
    const report = await olga!.api['team.importBundle'](file)
    expect((await olga!.api['annotations.list'](report.documentId)).map((a) => a.target.exact)).toEqual(['Article 2.'])
    const [listed] = await lan!.api['annotations.list'](lanDoc)
    expect(listed).toMatchObject({ id: mine.id, private: true })
  })

  it.each([
    ['a file that is not JSON', new TextEncoder().encode('%PDF-1.7 not a bundle'), 'team.notABundle'],
    [
      'a JSON file of another kind',
      new TextEncoder().encode('{"@context":"http://www.w3.org/ns/anno.jsonld"}'),
      'team.notABundle',
    ],
    [
      'a damaged bundle',
      new TextEncoder().encode('{"format":"marginalia-team-bundle","version":1,"leaves":[{}]}'),
      'team.damagedBundle',
    ],
  ])('refuses %s with a clear message and changes nothing', async (_, bytes, code) => {
    const [olga] = await colleagues('Olga')
    const olgaDoc = await olga!.importDraft()
    await olga!.highlight(olgaDoc, 'Các Bên')
    const before = olga!.counts()
    await expect(olga!.api['team.importBundle']({ name: 'x.marginalia', bytes })).rejects.toMatchObject({ code })
    expect(olga!.counts()).toEqual(before)
  })

  it('refuses a bundle whose record is tampered with, before changing anything', async () => {
    const [lan, olga] = await colleagues('Lan', 'Olga')
    const lanDoc = await lan!.importDraft()
    await lan!.highlight(lanDoc, 'Các Bên')
    const good = new TextDecoder().decode((await lan!.api['team.exportBundle'](lanDoc)).bytes)
    const tampered = good.replace('"color":"yellow"', '"color":"ultraviolet"')
    const before = olga!.counts()
    await expect(
      olga!.api['team.importBundle']({ name: 'x.marginalia', bytes: new TextEncoder().encode(tampered) }),
    ).rejects.toMatchObject({ code: 'team.damagedBundle' })
    expect(olga!.counts()).toEqual(before)
  })
})
