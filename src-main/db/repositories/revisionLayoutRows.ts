import type { Block } from '../../common/model/document'
import { readerLayoutOf, type ReaderLayout } from '../../common/model/readerLayout'
import type { Connection } from '../connection'

/**
 * Store the reader's layout of a revision just written (see ReaderLayout): every statement that inserts into
 * revisions calls this in the same transaction, so no revision lacks one.
 */
export function insertRevisionLayout(db: Connection, revisionId: string, blocks: readonly Block[]): void {
  db.prepare(`INSERT OR REPLACE INTO revision_layouts (revision_id, layout) VALUES (?, ?)`).run(
    revisionId,
    JSON.stringify(readerLayoutOf(blocks)),
  )
}

/** The stored layout of a revision, or null when it has none (a row copied from an older library, say). */
export function revisionLayout(db: Connection, revisionId: string): ReaderLayout | null {
  const layout = db.prepare(`SELECT layout FROM revision_layouts WHERE revision_id = ?`).pluck().get(revisionId) as
    string | undefined
  return layout === undefined ? null : (JSON.parse(layout) as ReaderLayout)
}
