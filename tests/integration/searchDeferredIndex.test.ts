/**
 * A long text is indexed for search after its import returns (migration 0011, services/searchTextIndexer.ts): the
 * document is listed and readable at once, search says it is still indexing rather than silently missing its words,
 * and once the queue is done every paragraph is found exactly once. Drafts and undo go through the same queue; a
 * deleted document leaves nothing behind in the index. Runs the whole app on a real temporary library.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Connection } from '../../src-main/db/connection'
import { createDraftsHarness, textFile } from '../support/draftsHarness'
import { closingWords, largeTreatyText } from '../support/largeTreatyText'

/** About 400 KB: far above the 64 K characters indexed inside the import, and many slices of indexing. */
const long = largeTreatyText(400_000)
const short = ['Tuyên bố chung', '9. Hai bên nhất trí đẩy mạnh hợp tác đường sắt.', '12(b) Hợp tác quốc phòng.']

let harness: ReturnType<typeof createDraftsHarness>
beforeEach(() => {
  harness = createDraftsHarness()
})
afterEach(async () => {
  await harness.remove()
})

function textRowsPerBlock(db: Connection, documentId: string): { block_index: number; n: number }[] {
  return db
    .prepare(
      `SELECT block_index, count(*) AS n FROM search_entries WHERE kind = 'text' AND document_id = ?
       GROUP BY block_index HAVING n > 1`,
    )
    .all(documentId) as { block_index: number; n: number }[]
}

function indexRowsOf(db: Connection, documentId: string): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM search_index_docsize WHERE id IN (SELECT id FROM search_entries WHERE document_id = ?)`,
      )
      .get(documentId) as { n: number }
  ).n
}

function textHits(text: string) {
  const response = harness.services.search.query({ text, filters: { kinds: ['text'] } })
  return {
    pending: response.pendingDocuments,
    paragraphs: response.groups.flatMap((group) => group.hits.filter((hit) => hit.field === 'text')),
  }
}

describe('a long text indexed after its import', () => {
  it('is listed and readable before its paragraphs are indexed, and then found in its last paragraph', async () => {
    const { document } = await harness.api['documents.import'](textFile('treaty.txt', long.paragraphs), {})
    // Nothing has been indexed yet: the import returned without doing it.
    expect(harness.services.documents.list().map((summary) => summary.id)).toContain(document.id)
    const detail = harness.services.documents.open(document.id)
    expect(detail.revision.blocks.at(-1)?.text).toBe(long.lastParagraph)
    const before = textHits(closingWords)
    expect(before.paragraphs).toEqual([])
    expect(before.pending).toBe(1)
    // The title is indexed with the import.
    const titleHits = harness.services.search.query({ text: document.title }).groups.flatMap((group) => group.hits)
    expect(titleHits.map((hit) => hit.field)).toEqual(['title'])

    await harness.app.textIndexer.whenIdle()
    const after = textHits(closingWords)
    expect(after.pending).toBe(0)
    expect(after.paragraphs).toHaveLength(1)
    expect(after.paragraphs[0]!.start).toBe(detail.revision.text.indexOf(closingWords))
    expect(textRowsPerBlock(harness.app.store.db, document.id)).toEqual([])
    expect(harness.events.some((event) => event.name === 'search.didIndexText')).toBe(true)
  })

  it('answers other calls between slices while it indexes', async () => {
    const { document } = await harness.api['documents.import'](textFile('treaty.txt', long.paragraphs), {})
    let served = 0
    const idle = harness.app.textIndexer.whenIdle()
    // Each call waits one turn of the event loop, as a call from the window would: it is served while indexing goes on.
    while (textHits(closingWords).pending > 0) {
      harness.services.documents.list()
      served += 1
      await new Promise((resolve) => setImmediate(resolve))
    }
    await idle
    expect(served).toBeGreaterThan(1)
    expect(textHits(closingWords).paragraphs).toHaveLength(1)
    expect(harness.services.documents.open(document.id).summary.id).toBe(document.id)
  })

  it('a document deleted while queued leaves no index rows and no queue row', async () => {
    const first = await harness.api['documents.import'](textFile('first.txt', long.paragraphs), {})
    const second = await harness.api['documents.import'](
      textFile(
        'second.txt',
        long.paragraphs.map((paragraph) => `${paragraph} Bis.`),
      ),
      {},
    )
    // Part of the first text is indexed, then both go to the trash and are purged, as at the next start.
    for (let slice = 0; slice < 3; slice++) harness.app.textIndexer.indexSlice()
    harness.api['documents.delete'](first.document.id)
    harness.api['documents.delete'](second.document.id)
    expect(textHits(closingWords).pending).toBe(0)
    harness.services.documents.purgeTrash()
    await harness.app.textIndexer.whenIdle()
    const db = harness.app.store.db
    for (const id of [first.document.id, second.document.id]) {
      expect(
        (db.prepare(`SELECT count(*) AS n FROM search_entries WHERE document_id = ?`).get(id) as { n: number }).n,
      ).toBe(0)
      expect(indexRowsOf(db, id)).toBe(0)
    }
    expect((db.prepare(`SELECT count(*) AS n FROM search_text_queue`).get() as { n: number }).n).toBe(0)
    const entries = (db.prepare(`SELECT count(*) AS n FROM search_entries`).get() as { n: number }).n
    const indexed = (db.prepare(`SELECT count(*) AS n FROM search_index_docsize`).get() as { n: number }).n
    expect(indexed).toBe(entries)
  })

  it('a long draft goes through the queue, and undoing it brings back the first draft’s text', async () => {
    const { document } = await harness.api['documents.import'](textFile('statement.txt', short), {})
    expect(textHits('duong sat').paragraphs).toHaveLength(1)
    await harness.api['documents.importDraft'](document.id, textFile('statement-2.txt', long.paragraphs), {})
    // The first draft's rows point at text the reader no longer shows: hidden until the new draft is indexed.
    expect(textHits('duong sat').paragraphs).toEqual([])
    expect(textHits(closingWords).pending).toBe(1)
    await harness.app.textIndexer.whenIdle()
    expect(textHits(closingWords).paragraphs).toHaveLength(1)
    expect(textHits('duong sat').paragraphs.length).toBeGreaterThan(0)

    await harness.api['drafts.undoImport'](document.id)
    await harness.app.textIndexer.whenIdle()
    expect(textHits(closingWords).paragraphs).toEqual([])
    expect(textHits('duong sat').paragraphs.map((hit) => hit.paragraphLabel)).toEqual(['9'])
    expect(textRowsPerBlock(harness.app.store.db, document.id)).toEqual([])
  })
})
