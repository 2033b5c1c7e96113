import { describe, expect, it } from 'vitest'
import { useColleagues } from '../support/useColleagues'

const colleagues = useColleagues()

describe('.marginalia files between colleagues', () => {
  it('brings a colleague’s annotations, comments and tags onto the same draft imported separately', async () => {
    const [lan, olga] = await colleagues('Lan', 'Olga')
    const lanDoc = await lan!.importDraft()
    const olgaDoc = await olga!.importDraft()
    const note = await lan!.highlight(lanDoc, 'nuclear safety', 'Check the IAEA wording')
    await lan!.api['annotations.setTags'](note.id, ['Energy'])

    const file = await lan!.api['team.exportBundle'](lanDoc)
    expect(file.name).toMatch(/\.marginalia$/)
    const report = await olga!.api['team.importBundle'](file)

    expect(report.documentId).toBe(olgaDoc)
    expect(report.documentCreated).toBe(false)
    expect(report.colleagues).toEqual([
      expect.objectContaining({ name: 'Lan', new: 2, changed: 0, deleted: 0, conflicts: 0 }),
    ])
    const [arrived] = await olga!.api['annotations.list'](olgaDoc)
    expect(arrived).toMatchObject({ id: note.id, author: 'Lan', target: { exact: 'nuclear safety' } })
    expect(arrived!.comments.map((comment) => comment.body)).toEqual(['Check the IAEA wording'])
    expect(arrived!.tags.map((tag) => tag.name)).toEqual(['Energy'])
  })

  it('creates the document when the colleague does not have the draft', async () => {
    const [lan, olga] = await colleagues('Lan', 'Olga')
    const lanDoc = await lan!.importDraft()
    await lan!.highlight(lanDoc, 'Các Bên')
    const report = await olga!.api['team.importBundle'](await lan!.api['team.exportBundle'](lanDoc))
    expect(report.documentCreated).toBe(true)
    const opened = await olga!.api['documents.open'](report.documentId)
    expect(opened.revision.text).toContain('Статья 3.')
    expect(await olga!.picture(report.documentId)).toEqual(await lan!.picture(lanDoc))
  })

  it('is idempotent: the same file twice changes nothing the second time', async () => {
    const [lan, olga] = await colleagues('Lan', 'Olga')
    const lanDoc = await lan!.importDraft()
    const olgaDoc = await olga!.importDraft()
    await lan!.highlight(lanDoc, 'Các Bên', 'first')
    const file = await lan!.api['team.exportBundle'](lanDoc)
    await olga!.api['team.importBundle'](file)
    const once = await olga!.picture(olgaDoc)
    const again = await olga!.api['team.importBundle'](file)
    expect(again.totals).toEqual({ new: 0, changed: 0, deleted: 0, conflicts: 0 })
    expect(await olga!.picture(olgaDoc)).toEqual(once)
  })

  it('keeps both versions of an annotation edited on both sides, and "Keep this one" reaches the colleague', async () => {
    const [lan, olga] = await colleagues('Lan', 'Olga')
    const lanDoc = await lan!.importDraft()
    const olgaDoc = await olga!.importDraft()
    const note = await lan!.highlight(lanDoc, 'nuclear safety')
    await olga!.api['team.importBundle'](await lan!.api['team.exportBundle'](lanDoc))

    await lan!.api['annotations.setColor'](note.id, 'green')
    await olga!.api['annotations.setColor'](note.id, 'pink')
    const report = await olga!.api['team.importBundle'](await lan!.api['team.exportBundle'](lanDoc))
    expect(report.totals.conflicts).toBe(1)
    const [inConflict] = await olga!.api['annotations.list'](olgaDoc)
    expect(JSON.stringify(inConflict)).toContain('conflict')
    const versions = inConflict!.conflict!.versions
    expect(versions.map((version) => version.color).sort()).toEqual(['green', 'pink'])
    expect(versions.map((version) => version.by).sort()).toEqual(['Lan', 'Olga'])

    const lansVersion = versions.find((version) => version.color === 'green')!
    await olga!.api['team.resolveConflict'](note.id, lansVersion.rev)
    const [settled] = await olga!.api['annotations.list'](olgaDoc)
    expect(settled).toMatchObject({ color: 'green' })
    expect(settled!.conflict).toBeUndefined()

    await lan!.api['team.importBundle'](await olga!.api['team.exportBundle'](olgaDoc))
    const [atLan] = await lan!.api['annotations.list'](lanDoc)
    expect(atLan).toMatchObject({ color: 'green' })
    expect(atLan!.conflict).toBeUndefined()
  })
})
