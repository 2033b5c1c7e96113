import type { Connection } from '../../src-main/db/connection'
import type { Block } from '../../src-main/common/model/document'
import { newId, nowIso } from '../../src-main/common/model/ids'
import { canonicalText } from '../../src-main/common/text/canonicalText'

/**
 * Store a document with one revision made of `paragraphs`, straight into the tables, so that annotation tests do
 * not depend on an importer. Returns the ids.
 */
export function seedDocument(db: Connection, paragraphs: string[]): { documentId: string; revisionId: string } {
  const documentId = newId()
  const now = nowIso()
  db.prepare(
    `INSERT INTO documents (id, title, source_name, format, size_bytes, content_hash, created_at, updated_at)
     VALUES (?, 'Test', 'test.txt', 'txt', 0, 'hash', ?, ?)`,
  ).run(documentId, now, now)
  return { documentId, revisionId: addRevision(db, documentId, paragraphs) }
}

/** Store a later draft of the document. */
export function addRevision(db: Connection, documentId: string, paragraphs: string[]): string {
  const blocks: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', text }))
  const revisionId = newId()
  const { n } = db.prepare(`SELECT count(*) AS n FROM revisions WHERE document_id = ?`).get(documentId) as {
    n: number
  }
  db.prepare(
    `INSERT INTO revisions (id, document_id, number, blocks, text, content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(revisionId, documentId, n + 1, JSON.stringify(blocks), canonicalText(blocks), `hash${n + 1}`, nowIso())
  return revisionId
}
