import type { Block } from '../../common/model/document'
import { readerLayoutOf } from '../../common/model/readerLayout'
import type { Migration } from './migration'

/**
 * Reader layouts. `revision_layouts` keeps, beside each revision, what the reader needs besides the text (every
 * block's length, kind runs, marks, headings; see common/model/readerLayout.ts), written with the revision, so that
 * opening a long text reads a few hundred kilobytes instead of its blocks' JSON and its whole text. Revisions
 * already stored get theirs here.
 */
export const readerLayoutsMigration: Migration = {
  version: 14,
  name: 'reader-layouts',
  up: (db) => {
    db.exec(`CREATE TABLE revision_layouts (
      revision_id TEXT PRIMARY KEY REFERENCES revisions (id) ON DELETE CASCADE,
      layout TEXT NOT NULL
    ) STRICT`)
    const insert = db.prepare(`INSERT INTO revision_layouts (revision_id, layout) VALUES (?, ?)`)
    const blocksOf = db.prepare(`SELECT blocks FROM revisions WHERE id = ?`).pluck()
    // One revision at a time: a library of long texts is never all in memory at once.
    for (const id of db.prepare(`SELECT id FROM revisions`).pluck().all() as string[]) {
      insert.run(id, JSON.stringify(readerLayoutOf(JSON.parse(blocksOf.get(id) as string) as Block[])))
    }
  },
}
