import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { vietnameseDraft } from '../../src-main/common/drafts/draftFixtures.testData'
import { annotatedFirstDraft as annotate } from '../support/annotatedDraft'
import { createDraftsHarness, textFile } from '../support/draftsHarness'
import { revisedDraft } from '../support/revisedDraft'

let harness: ReturnType<typeof createDraftsHarness>
beforeEach(() => {
  harness = createDraftsHarness()
})
afterEach(() => harness.remove())

const annotatedFirstDraft = (source: readonly string[]) => annotate(harness, source)

describe('importing the next draft of a document', () => {
  it('puts every probe in its right class, place, paragraph number and thread', async () => {
    const { documentId, second, made } = await annotatedFirstDraft(vietnameseDraft)
    const report = await harness.api['documents.importDraft'](documentId, textFile('du-thao-2.txt', second), {})
    expect(report).toMatchObject({ fromDraft: 1, toDraft: 2 })
    expect(report.counts).toEqual({ exact: 4, moved: 1, reworded: 3, orphaned: 1 })
    expect(report.paragraphs).toMatchObject({ inserted: 1, deleted: 1, moved: 1 })
    const listed = new Map((await harness.api['annotations.list'](documentId)).map((a) => [a.id, a]))
    for (const { probe, id } of made) {
      const annotation = listed.get(id)!
      expect(annotation.carryOver?.class, probe.name).toBe(probe.expected.class)
      expect(annotation.paragraphLabel, probe.name).toBe(probe.expected.label)
      expect(
        annotation.comments.map((c) => c.body),
        probe.name,
      ).toEqual([`probe: ${probe.name}`])
      expect(annotation.carryOver?.previousExact, probe.name).toBe(probe.quote)
      if (probe.expected.exact === null) {
        expect(annotation.anchorStatus, probe.name).toBe('orphaned')
        expect(annotation.carryOver!.candidates.length, probe.name).toBeGreaterThan(1)
        expect(annotation.carryOver!.previousParagraphLabel, probe.name).not.toBeNull()
      } else {
        expect(annotation.anchorStatus, probe.name).toBe('anchored')
        expect(annotation.target.exact, probe.name).toBe(probe.expected.exact)
        const text = harness.services.documents.open(documentId).revision.text
        expect(text.slice(annotation.target.start, annotation.target.end), probe.name).toBe(probe.expected.exact)
      }
    }
    const names = harness.events.map((event) => event.name)
    expect(names).toEqual(expect.arrayContaining(['documents.didChange', 'annotations.didChange', 'drafts.didChange']))
  })

  it('badges changed passages until acknowledged, even after the thread is resolved', async () => {
    const { documentId, second, made } = await annotatedFirstDraft(vietnameseDraft)
    await harness.services.drafts.importDraft(documentId, textFile('du-thao-2.txt', second), {})
    const reworded = made.find(({ probe }) => probe.name === 'wording changed')!.id
    const exact = made.find(({ probe }) => probe.name === 'number shifted')!.id
    const get = (id: string) => harness.services.annotations.list(documentId).find((a) => a.id === id)!
    expect(get(reworded).carryOver!.changedSince).toEqual({ draft: 1, exact: 'thúc đẩy mạnh mẽ đầu tư' })
    expect(get(exact).carryOver!.changedSince).toBeNull()
    harness.services.annotations.setResolved(reworded, true)
    expect(get(reworded).carryOver!.changedSince).not.toBeNull()
    const acknowledged = harness.services.drafts.acknowledgeChange(reworded)
    expect(acknowledged.carryOver!.changedSince).toBeNull()
    expect(get(reworded).carryOver!.class).toBe('reworded')
  })

  it('keeps every draft readable, reports reopenable, compares them, and searches only the newest', async () => {
    const { documentId, second, made } = await annotatedFirstDraft(vietnameseDraft)
    const imported = await harness.services.drafts.importDraft(documentId, textFile('du-thao-2.txt', second), {})
    const drafts = harness.services.drafts.list(documentId)
    expect(drafts.map((d) => [d.number, d.sourceName, d.hasReport])).toEqual([
      [1, 'tuyen-bo-du-thao-1.txt', false],
      [2, 'du-thao-2.txt', true],
    ])
    expect(harness.services.drafts.report(documentId, 2)).toEqual(imported)
    const first = harness.services.drafts.open(documentId, 1)
    expect(first.revision.number).toBe(1)
    expect(first.annotations.map((a) => a.target.exact).sort()).toEqual(made.map((m) => m.probe.quote).sort())
    for (const annotation of first.annotations) {
      expect(first.revision.text.slice(annotation.target.start, annotation.target.end)).toBe(annotation.target.exact)
    }
    const comparison = harness.services.drafts.compare(documentId, 1, 2)
    const kinds = comparison.paragraphs.map((p) => p.kind)
    expect(kinds).toEqual(expect.arrayContaining(['inserted', 'deleted', 'moved', 'changed', 'unchanged']))
    const bracket = comparison.paragraphs.find((p) =>
      p.segments.some((s) => s.op === 'delete' && s.text.includes('[cân bằng]')),
    )!
    expect(bracket.segments).toEqual(
      expect.arrayContaining([
        { op: 'delete', text: '[cân bằng][hài hòa]' },
        { op: 'insert', text: 'hài hòa' },
      ]),
    )
    expect(comparison.changes.every((index) => comparison.paragraphs[index]!.kind !== 'unchanged')).toBe(true)
    // Paragraph 9 lost two paragraphs before it (one moved away, one deleted) and gained one (inserted): now 8.
    const renumbered = comparison.paragraphs.find((p) => p.oldLabel === '9')
    expect(renumbered).toMatchObject({ kind: 'unchanged', newLabel: '8' })
    const hits = (query: string) =>
      harness.services.search.query({ text: query }).groups.flatMap((g) => g.hits.filter((h) => h.field === 'text'))
    expect(hits('chuyển đổi số').length).toBeGreaterThan(0)
    expect(hits('khuyến khích').length).toBeGreaterThan(0)
    // Only in the deleted paragraph of draft 1.
    expect(hits('khuôn khổ').length).toBe(0)
  })
})

describe('exports of a document with drafts', () => {
  it('records the draft in W3C selectors and adds "Changes since draft 1" to the briefing', async () => {
    const { documentId, second } = await annotatedFirstDraft(vietnameseDraft)
    await harness.services.drafts.importDraft(documentId, textFile('du-thao-2.txt', second), {})
    const request = (format: 'w3c' | 'briefingPdf', changesSinceDraft?: number) => ({
      jobId: crypto.randomUUID(),
      format,
      source: { kind: 'document' as const, documentId },
      filter: {},
      briefing: { layout: 'excerpts' as const, notes: 'footer' as const, paper: 'A4' as const, changesSinceDraft },
      language: 'en' as const,
    })
    const w3c = await harness.services.exports.run(request('w3c'))
    if (w3c.status !== 'download') throw new Error('expected a download')
    const collection = JSON.parse(new TextDecoder().decode(w3c.bytes)) as {
      first: { items: Record<string, unknown>[] }
    }
    const highlights = collection.first.items.filter((item) => item['marginalia:annotation'])
    expect(highlights.length).toBeGreaterThan(0)
    for (const item of highlights) expect(item['marginalia:annotation']).toMatchObject({ draft: 2 })
    const plain = await harness.services.exports.run(request('briefingPdf'))
    const withChanges = await harness.services.exports.run(request('briefingPdf', 1))
    if (plain.status !== 'download' || withChanges.status !== 'download') throw new Error('expected downloads')
    const pages = (bytes: Uint8Array) =>
      (new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page\b/gu) ?? []).length
    // The changes section starts a page of its own.
    expect(pages(withChanges.bytes)).toBe(pages(plain.bytes) + 1)
  })
})

describe('refusing a draft', () => {
  it('refuses the same text as the newest draft, an empty file, a binary file and a deleted document, changing nothing', async () => {
    const { documentId } = await annotatedFirstDraft(vietnameseDraft)
    const { first } = revisedDraft(vietnameseDraft)
    const before = harness.counts()
    const refusal = (promise: Promise<unknown>) => expect(promise).rejects.toMatchObject
    await refusal(harness.services.drafts.importDraft(documentId, textFile('lai.txt', first), {}))({
      code: 'drafts.sameAsNewest',
    })
    await refusal(harness.services.drafts.importDraft(documentId, { name: 'trong.txt', bytes: new Uint8Array() }, {}))({
      code: 'import.empty',
    })
    await refusal(
      harness.services.drafts.importDraft(
        documentId,
        { name: 'trong.txt', bytes: new TextEncoder().encode(' \n\n ') },
        {},
      ),
    )({ code: expect.stringMatching(/^import\.(empty|noText)$/) })
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    await refusal(harness.services.drafts.importDraft(documentId, { name: 'anh.txt', bytes: binary }, {}))({
      code: expect.stringMatching(/^import\./),
    })
    harness.services.documents.delete(documentId)
    await refusal(harness.services.drafts.importDraft(documentId, textFile('moi.txt', ['Văn bản mới hoàn toàn.']), {}))(
      {
        code: 'drafts.documentDeleted',
      },
    )
    expect(harness.counts()).toEqual(before)
  })
})

describe('the import preview', () => {
  it('offers "import as draft 2" for a file that shares most paragraphs with a document', async () => {
    const { documentId, second } = await annotatedFirstDraft(vietnameseDraft)
    const preview = await harness.services.documents.previewImport(textFile('du-thao-2.txt', second))
    expect(preview.draftCandidate).toMatchObject({ document: { id: documentId }, nextDraft: 2 })
    expect(preview.draftCandidate!.sharedParagraphs).toBeGreaterThan(0.5)
    const unrelated = await harness.services.documents.previewImport(
      textFile('khac.txt', [
        'Biên bản cuộc họp về ngân sách năm sau của thành phố.',
        'Các đại biểu thảo luận kế hoạch.',
      ]),
    )
    expect(unrelated.draftCandidate).toBeNull()
  })
})
