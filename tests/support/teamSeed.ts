import { newId, nowIso } from '../../src-main/common/model/ids'
import type { Colleague } from './teamHarness'

/**
 * Store `count` annotations (every one a new record for the team) on the document's draft in one transaction: the
 * scene of a sync test, not what it tests.
 */
export function seedAnnotations(colleague: Colleague, documentId: string, count: number): void {
  const db = colleague.app.store.db
  const { id: revisionId } = db.prepare(`SELECT id FROM revisions WHERE document_id = ?`).get(documentId) as {
    id: string
  }
  const insert = db.prepare(
    `INSERT INTO annotations (id, document_id, revision_id, color, start_offset, end_offset, exact, prefix, suffix,
       author, created_at, updated_at) VALUES (?, ?, ?, 'yellow', 0, 6, 'Điều 1', '', '', 'Lan', ?, ?)`,
  )
  const now = nowIso()
  db.transaction(() => {
    for (let index = 0; index < count; index++) insert.run(newId(), documentId, revisionId, now, now)
  })()
}
