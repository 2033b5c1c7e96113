/**
 * Every revision has the reader's layout stored beside it (revision_layouts, migration 14), whichever way it was
 * written: import, pasted text, the welcome document, a new draft, a colleague's file. The layout must say what the
 * text says, or the reader would place a long text's first screen at the wrong offsets.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Block } from '../../src-main/common/model/document'
import { readerLayoutOf, type ReaderLayout } from '../../src-main/common/model/readerLayout'
import type { Connection } from '../../src-main/db/connection'
import { migrate } from '../../src-main/db/migrate'
import { migrations } from '../../src-main/db/migrations'
import { createDraftsHarness, textFile } from '../support/draftsHarness'
import { createColleague, type Colleague } from '../support/teamHarness'

type Row = { id: string; text: string; blocks: string; layout: string | null }

/** Check every revision's layout against its text and blocks; returns how many revisions there are. */
function expectLayoutsMatchTexts(db: Connection): number {
  const rows = db
    .prepare(
      `SELECT r.id, r.text, r.blocks, l.layout FROM revisions r LEFT JOIN revision_layouts l ON l.revision_id = r.id`,
    )
    .all() as Row[]
  for (const row of rows) {
    expect(row.layout, `revision ${row.id} has no layout`).not.toBeNull()
    const layout = JSON.parse(row.layout!) as ReaderLayout
    expect(layout.lengths).toEqual(row.text.split('\n').map((text) => text.length))
    expect(layout).toEqual(readerLayoutOf(JSON.parse(row.blocks) as Block[]))
  }
  return rows.length
}

const layoutCount = (db: Connection) => db.prepare(`SELECT count(*) FROM revision_layouts`).pluck().get() as number

const first = ['# Hiệp định', 'Điều 1. Hai bên **nhất trí** hợp tác.', 'Điều 2. Cờ 🇻🇳 và 🤝 ở đây.', '- một', '- hai']
const second = [...first.slice(0, 2), 'Điều 2. Cờ 🇻🇳 và 🤝 ở đây, sửa lại.', 'Điều 3. Mới.']

let cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup()
  cleanups = []
})

describe('reader layouts', () => {
  it('are stored with every revision imported, pasted, welcomed or added as a draft, and go when a draft is undone', async () => {
    const harness = createDraftsHarness()
    cleanups.push(harness.remove)
    const db = harness.app.store.db
    const { document } = await harness.api['documents.import'](textFile('hiep-dinh.md', first), {})
    await harness.api['documents.importText']('Một đoạn dán.\n\nĐoạn 😀 thứ hai.', {})
    await harness.api['documents.openWelcome']()
    await harness.api['documents.importDraft'](document.id, textFile('hiep-dinh-2.md', second), {})
    expect(expectLayoutsMatchTexts(db)).toBe(4)
    const layout = JSON.parse(
      db
        .prepare(`SELECT layout FROM revision_layouts`)
        .pluck()
        .all()
        .find((each) => String(each).includes('Hiệp định')) as string,
    ) as ReaderLayout
    expect(layout.headings).toEqual([[0, 'Hiệp định']])
    expect(layout.marks.length).toBeGreaterThan(0)
    expect(layout.pairs).toEqual([[2, 3]])

    await harness.api['drafts.undoImport'](document.id)
    expect(layoutCount(db)).toBe(3)
    expect(expectLayoutsMatchTexts(db)).toBe(3)
  })

  it('are stored with the drafts a colleague’s file brings', async () => {
    const team: Colleague[] = [await createColleague('Lan'), await createColleague('Olga')]
    cleanups.push(async () => {
      for (const colleague of team) await colleague.remove()
    })
    const [lan, olga] = team as [Colleague, Colleague]
    const documentId = await lan.importDraft()
    await lan.api['documents.importDraft'](documentId, textFile('draft-2.txt', ['Статья 1.', 'Điều 2 🤝.']), {})
    const report = await olga.api['team.importBundle'](await lan.api['team.exportBundle'](documentId))
    expect(report.documentCreated).toBe(true)
    expect(expectLayoutsMatchTexts(olga.app.store.db)).toBe(2)
  })

  it('are made by the migration for revisions stored before it, and the reader opens a revision without one', async () => {
    const harness = createDraftsHarness()
    cleanups.push(harness.remove)
    const db = harness.app.store.db
    const { document } = await harness.api['documents.import'](textFile('hiep-dinh.md', first), {})
    await harness.api['documents.importDraft'](document.id, textFile('hiep-dinh-2.md', second), {})
    const before = await harness.api['documents.openForReader'](document.id, 'whole')

    // A library as version 13 left it: no layouts.
    db.exec(`DROP TABLE revision_layouts`)
    db.pragma('user_version = 13')
    expect(migrate(db, migrations)).toEqual([14])
    expect(expectLayoutsMatchTexts(db)).toBe(2)
    expect(await harness.api['documents.openForReader'](document.id, 'whole')).toEqual(before)

    // A revision whose layout is missing (copied from a damaged file, say) opens the same, from its blocks.
    db.exec(`DELETE FROM revision_layouts`)
    expect(await harness.api['documents.openForReader'](document.id, 'whole')).toEqual(before)
  })

  it('give the reader any run of blocks of a long text exactly as the text has it, and only for its own document', async () => {
    const harness = createDraftsHarness()
    cleanups.push(harness.remove)
    const paragraphs = Array.from({ length: 3_000 }, (_, index) =>
      index % 50 === 0
        ? `# Chương ${index}`
        : `Điều ${index}. Hai bên ${index % 7 === 0 ? '🤝 ' : ''}nhất trí ${'hợp tác '.repeat(10)}.`,
    )
    const { document } = await harness.api['documents.import'](textFile('dai.md', paragraphs), {})
    const other = (await harness.api['documents.importText']('Văn bản khác.', {})).document
    const { revision } = await harness.api['documents.open'](document.id)
    const texts = revision.text.split('\n')
    const window = (await harness.api['documents.openForReader'](document.id, 'window')).revision
    expect(window.whole).toBe(false)
    for (const [from, to] of [
      [0, 1],
      [0, 1_000],
      [1_234, 2_345],
      [2_900, 5_000],
      [10, 10],
    ] as const) {
      const text = await harness.api['documents.readerText'](document.id, revision.id, from, to)
      expect(text).toBe(texts.slice(from, to).join('\n'))
    }
    await expect(async () => harness.api['documents.readerText'](other.id, revision.id, 0, 10)).rejects.toMatchObject({
      code: 'documents.notFound',
    })
  })
})
