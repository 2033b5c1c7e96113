import { describe, expect, it } from 'vitest'
import type { Colleague } from '../support/teamHarness'
import { useColleagues } from '../support/useColleagues'

const colleagues = useColleagues()

describe('undoing a delete keeps who wrote the annotation and whether it is private', () => {
  it("gives a colleague's annotation and reply back to the colleague, here and in the next file", async () => {
    const [lan, olga] = (await colleagues('Lan', 'Olga')) as [Colleague, Colleague]
    const lanDoc = await lan.importDraft()
    const olgaDoc = await olga.importDraft()
    const note = await lan.highlight(lanDoc, 'nuclear safety', 'Check the IAEA wording')
    await lan.api['annotations.addComment'](note.id, 'Xem lại Điều 1', note.comments[0]!.id)
    await olga.api['team.importBundle'](await lan.api['team.exportBundle'](lanDoc))
    const [arrived] = await olga.api['annotations.list'](olgaDoc)
    expect(arrived).toMatchObject({ author: 'Lan', authorId: expect.any(String) })

    const snapshot = await olga.api['annotations.delete'](arrived!.id)
    const restored = await olga.api['annotations.restore'](snapshot)

    const [listed] = await olga.api['annotations.list'](olgaDoc)
    for (const shown of [restored, listed!]) {
      expect(shown).toMatchObject({ author: 'Lan', authorId: arrived!.authorId })
      expect(shown.comments.map((comment) => [comment.body, comment.authorId])).toEqual([
        ['Check the IAEA wording', arrived!.authorId],
        ['Xem lại Điều 1', arrived!.authorId],
      ])
    }
    // Lan's library, after Olga's file, still shows the note as Lan's own (no author id: "you").
    await lan.api['team.importBundle'](await olga.api['team.exportBundle'](olgaDoc))
    const [back] = await lan.api['annotations.list'](lanDoc)
    expect(back).toMatchObject({ id: note.id, author: 'Lan' })
    expect(back!.authorId).toBeUndefined()
    expect(back!.conflict).toBeUndefined()
  })

  it('keeps a private annotation private, so it stays out of the next file', async () => {
    const [lan] = (await colleagues('Lan')) as [Colleague]
    const lanDoc = await lan.importDraft()
    const mine = await lan.highlight(lanDoc, 'Các Bên', 'PRIVATE-THOUGHT')
    await lan.api['team.setPrivate'](mine.id, true)

    const snapshot = await lan.api['annotations.delete'](mine.id)
    await lan.api['annotations.restore'](snapshot)

    const [listed] = await lan.api['annotations.list'](lanDoc)
    expect(listed).toMatchObject({ id: mine.id, private: true })
    const file = new TextDecoder().decode((await lan.api['team.exportBundle'](lanDoc)).bytes)
    expect(file).not.toContain('PRIVATE-THOUGHT')
    expect(file).not.toContain(mine.id)
  })
})
