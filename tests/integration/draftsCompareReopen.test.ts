import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { vietnameseDraft } from '../../src-main/common/drafts/draftFixtures.testData'
import { createDraftsHarness, textFile } from '../support/draftsHarness'
import { revisedDraft } from '../support/revisedDraft'

let harness: ReturnType<typeof createDraftsHarness>
beforeEach(() => {
  harness = createDraftsHarness()
})
afterEach(() => harness.remove())

describe('reopening the compare view', () => {
  it('shows the same comparison again, and the new draft 2 after undo and a different import', async () => {
    const { first, second } = revisedDraft(vietnameseDraft)
    const { services } = harness
    const { document } = await services.documents.import(textFile('du-thao-1.txt', first), {})
    await services.drafts.importDraft(document.id, textFile('du-thao-2.txt', second), {})
    const opened = services.drafts.compare(document.id, 1, 2)
    expect(opened.changes.length).toBeGreaterThan(0)
    expect(services.drafts.compare(document.id, 1, 2)).toEqual(opened)

    // Draft 2 undone and replaced by a draft that only adds a closing paragraph: the comparison must follow it.
    services.drafts.undoImport(document.id)
    const closing = 'Tuyên bố này được làm thành hai bản, có giá trị như nhau.'
    await services.drafts.importDraft(document.id, textFile('du-thao-2b.txt', [...first, closing]), {})
    const reopened = services.drafts.compare(document.id, 1, 2)
    expect(reopened.changes.map((index) => reopened.paragraphs[index]!.kind)).toEqual(['inserted'])
    expect(reopened.paragraphs[reopened.changes[0]!]!.segments).toEqual([{ op: 'insert', text: closing }])
  })

  it('refuses a draft that does not exist, as before', async () => {
    const { document } = await harness.services.documents.import(textFile('du-thao-1.txt', vietnameseDraft), {})
    expect(() => harness.services.drafts.compare(document.id, 1, 3)).toThrow(
      expect.objectContaining({ code: 'drafts.noSuchDraft' }),
    )
  })
})
