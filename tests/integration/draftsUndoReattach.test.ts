import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../src-main/common/model/annotation'
import { vietnameseDraft } from '../../src-main/common/drafts/draftFixtures.testData'
import { annotatedFirstDraft } from '../support/annotatedDraft'
import { createDraftsHarness, textFile } from '../support/draftsHarness'

let harness: ReturnType<typeof createDraftsHarness>
beforeEach(() => {
  harness = createDraftsHarness()
})
afterEach(() => harness.remove())

const passage = 'chuyển đổi số'

/** The first draft annotated by the probes, then draft 2 imported over it. */
async function onDraftTwo() {
  const first = await annotatedFirstDraft(harness, vietnameseDraft)
  await harness.services.drafts.importDraft(first.documentId, textFile('du-thao-2.txt', first.second), {})
  return first
}

/** On draft 2, a green highlight of a passage that draft 1 does not have, with an optional comment. */
async function highlightOnDraftTwo(comment?: string) {
  const { documentId, second } = await onDraftTwo()
  const start = harness.services.documents.open(documentId).revision.text.indexOf(passage)
  const highlight = harness.services.annotations.create({
    documentId,
    start,
    end: start + passage.length,
    color: 'green',
    ...(comment === undefined ? {} : { comment }),
  })
  return { documentId, second, highlight }
}

/** What a user sees of an annotation: where it sits, how it came there, and its thread. */
const seen = (list: Annotation[]) =>
  list.map(({ id, target, paragraphLabel, anchorStatus, carryOver, revisionId, comments }) => ({
    id,
    target,
    paragraphLabel,
    anchorStatus,
    carryOver,
    revisionId,
    comments: comments.map((comment) => comment.body),
  }))

describe('undoing and redoing a draft import', () => {
  it('undo restores every placement and keeps annotations made on the undone draft as orphans with their thread', async () => {
    const { documentId, second } = await annotatedFirstDraft(harness, vietnameseDraft)
    const before = harness.services.annotations.list(documentId)
    await harness.services.drafts.importDraft(documentId, textFile('du-thao-2.txt', second), {})
    const start = harness.services.documents.open(documentId).revision.text.indexOf(passage)
    const madeOnTwo = harness.services.annotations.create({
      documentId,
      start,
      end: start + passage.length,
      color: 'green',
      comment: 'Đề nghị giữ nguyên cụm này',
    })
    expect(harness.services.drafts.undoImport(documentId).map((d) => d.number)).toEqual([1])
    const after = harness.services.annotations.list(documentId)
    expect(seen(after.filter((a) => a.id !== madeOnTwo.id))).toEqual(seen(before))
    const kept = after.find((a) => a.id === madeOnTwo.id)
    expect(kept, 'the annotation typed on draft 2 is not deleted').toBeDefined()
    expect(kept!.anchorStatus).toBe('orphaned')
    expect(kept!.comments.map((c) => c.body)).toEqual(['Đề nghị giữ nguyên cụm này'])
    expect(kept!.carryOver).toMatchObject({
      class: 'orphaned',
      fromDraft: 2,
      toDraft: 1,
      previousExact: passage,
    })
    expect(harness.counts()).toMatchObject({ revisions: 1, reports: 0 })
    expect(harness.services.search.query({ text: passage }).groups.flatMap((g) => g.hits)).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ field: 'text' })]),
    )
    expect(() => harness.services.drafts.undoImport(documentId)).toThrow(
      expect.objectContaining({ code: 'drafts.nothingToUndo' }),
    )
  })

  it('redo (the same file again) brings back annotations made on the undone draft where they were', async () => {
    const { documentId, second, highlight: madeOnTwo } = await highlightOnDraftTwo('Đề nghị giữ nguyên cụm này')
    const beforeUndo = seen(harness.services.annotations.list(documentId))
    harness.services.drafts.undoImport(documentId)
    const report = await harness.services.drafts.importDraft(documentId, textFile('du-thao-2.txt', second), {})
    expect(report.items.map((item) => item.annotationId)).not.toContain(madeOnTwo.id)
    const redone = harness.services.annotations.list(documentId)
    const newest = harness.services.documents.open(documentId).revision
    const back = redone.find((a) => a.id === madeOnTwo.id)!
    expect(back).toMatchObject({ anchorStatus: 'anchored', carryOver: null, revisionId: newest.id })
    expect(back.target).toEqual(madeOnTwo.target)
    expect(newest.text.slice(back.target.start, back.target.end)).toBe(passage)
    // Everything else is as it was before the undo, apart from the new draft's id.
    const withoutRevision = (list: ReturnType<typeof seen>) => list.map(({ revisionId: _, ...rest }) => rest)
    expect(withoutRevision(seen(redone))).toEqual(withoutRevision(beforeUndo))
    // Undo again, redo again: the same round trip, nothing lost on the way.
    harness.services.drafts.undoImport(documentId)
    await harness.services.drafts.importDraft(documentId, textFile('du-thao-2.txt', second), {})
    expect(withoutRevision(seen(harness.services.annotations.list(documentId)))).toEqual(withoutRevision(beforeUndo))
  })

  it('the undo stack order (undo the highlight, undo the import, redo both) brings the highlight back on the redone draft', async () => {
    const { documentId, second, highlight: made } = await highlightOnDraftTwo('Đề nghị giữ nguyên cụm này')
    const snapshot = harness.services.annotations.delete(made.id)
    harness.services.drafts.undoImport(documentId)
    await harness.services.drafts.importDraft(documentId, textFile('du-thao-2.txt', second), {})
    const restored = await harness.api['annotations.restore'](snapshot)
    const newest = harness.services.documents.open(documentId).revision
    expect(restored).toMatchObject({ anchorStatus: 'anchored', revisionId: newest.id, target: made.target })
    expect(restored.comments.map((c) => c.body)).toEqual(['Đề nghị giữ nguyên cụm này'])
  })

  it('a highlight whose draft is gone and whose text is not there comes back as an orphan with its thread', async () => {
    const { documentId, highlight: made } = await highlightOnDraftTwo('x')
    const snapshot = harness.services.annotations.delete(made.id)
    harness.services.drafts.undoImport(documentId)
    const restored = await harness.api['annotations.restore'](snapshot)
    expect(restored).toMatchObject({ anchorStatus: 'orphaned', target: made.target })
    expect(restored.comments.map((c) => c.body)).toEqual(['x'])
  })

  it('a different draft after the undo leaves them orphaned, with their thread, rather than guessing', async () => {
    const { documentId, second, highlight: madeOnTwo } = await highlightOnDraftTwo()
    harness.services.drafts.undoImport(documentId)
    await harness.services.drafts.importDraft(documentId, textFile('du-thao-2b.txt', [...second, 'Điều 99. Hết.']), {})
    const later = harness.services.annotations.list(documentId).find((a) => a.id === madeOnTwo.id)!
    expect(later.anchorStatus).toBe('orphaned')
    expect(later.carryOver).toMatchObject({ class: 'orphaned', previousExact: passage })
  })
})

describe('re-attaching an orphan by hand', () => {
  it('no longer lists, counts or reports it as orphaned; the class says how the chosen text compares', async () => {
    const { documentId, made } = await onDraftTwo()
    const orphan = harness.services.annotations.list(documentId).find((a) => a.anchorStatus === 'orphaned')!
    expect(orphan.carryOver!.class).toBe('orphaned')
    const chosen = orphan.carryOver!.candidates[0]!
    const reattached = await harness.api['annotations.reattach'](orphan.id, chosen.start, chosen.end)
    expect(reattached.anchorStatus).toBe('anchored')
    const listed = harness.services.annotations.list(documentId).find((a) => a.id === orphan.id)!
    // The candidate holds the very passage (a repeated quote), so the hand placement is a move, not a rewording.
    expect(listed.carryOver).toMatchObject({ class: 'moved', confidence: 1, candidates: [], reattached: true })
    expect(listed.carryOver!.previousExact).toBe(orphan.carryOver!.previousExact)
    expect(harness.services.annotations.list(documentId).filter((a) => a.carryOver?.class === 'orphaned')).toEqual([])
    const report = harness.services.drafts.report(documentId, 2)
    expect(report.counts).toEqual({ exact: 4, moved: 2, reworded: 3, orphaned: 0 })
    expect(report.items.find((item) => item.annotationId === orphan.id)).toMatchObject({
      class: 'moved',
      reattached: true,
      newStart: chosen.start,
      newParagraphLabel: chosen.paragraphLabel,
    })
    // Draft 1 still shows it where it was then; its thread is untouched.
    const first = harness.services.drafts.open(documentId, 1).annotations.find((a) => a.id === orphan.id)!
    expect(first.target.exact).toBe(orphan.carryOver!.previousExact)
    expect(listed.comments.map((c) => c.body)).toEqual(
      made.filter((m) => m.id === orphan.id).map((m) => `probe: ${m.probe.name}`),
    )
  })

  it('undoing the re-attach makes it the same orphan again, never placed where its old offsets fall', async () => {
    const { documentId } = await onDraftTwo()
    const orphan = harness.services.annotations.list(documentId).find((a) => a.anchorStatus === 'orphaned')!
    const chosen = orphan.carryOver!.candidates[0]!
    await harness.api['annotations.reattach'](orphan.id, chosen.start, chosen.end)
    const { target, paragraphLabel, carryOver } = orphan
    const undone = await harness.api['annotations.detach'](orphan.id, { target, paragraphLabel, carryOver })
    expect(undone).toMatchObject({ anchorStatus: 'orphaned', target, paragraphLabel, carryOver })
    const listed = harness.services.annotations.list(documentId).find((a) => a.id === orphan.id)!
    expect({ ...listed, updatedAt: orphan.updatedAt }).toEqual(orphan)
    expect(harness.services.drafts.report(documentId, 2).counts).toMatchObject({ orphaned: 1 })
    const missing = '00000000-0000-4000-8000-000000000000'
    expect(() => harness.services.drafts.detach(missing, { target, paragraphLabel, carryOver })).toThrow(
      expect.objectContaining({ code: 'annotations.notFound' }),
    )
  })

  it('placing a reworded annotation on other words by hand makes it reworded with confidence 1', async () => {
    const { documentId, made } = await onDraftTwo()
    const id = made.find(({ probe }) => probe.name === 'wording changed')!.id
    const start = harness.services.documents.open(documentId).revision.text.indexOf(passage)
    await harness.api['annotations.reattach'](id, start, start + passage.length)
    const listed = harness.services.annotations.list(documentId).find((a) => a.id === id)!
    expect(listed.carryOver).toMatchObject({ class: 'reworded', confidence: 1, reattached: true })
  })
})
