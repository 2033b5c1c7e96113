import type { Connection } from '../../src-main/db/connection'
import { newId, nowIso } from '../../src-main/common/model/ids'

/**
 * Small writers for test data, in plain SQL against the real schema, so search tests do not depend on the import or
 * annotation services. Each returns the new row's id.
 */
export function insertDocument(
  db: Connection,
  title: string,
  paragraphs: string[],
): { documentId: string; revisionId: string } {
  const documentId = newId()
  const now = nowIso()
  db.prepare(
    `INSERT INTO documents (id, title, source_name, format, size_bytes, content_hash, created_at, updated_at)
     VALUES (?, ?, ?, 'txt', 0, ?, ?, ?)`,
  ).run(documentId, title, `${title}.txt`, newId(), now, now)
  const revisionId = insertRevision(db, documentId, 1, paragraphs)
  return { documentId, revisionId }
}

/** Add a revision (a new draft) to a document. */
export function insertRevision(db: Connection, documentId: string, number: number, paragraphs: string[]): string {
  const revisionId = newId()
  const blocks = paragraphs.map((text) => ({ kind: 'paragraph', text }))
  db.prepare(
    `INSERT INTO revisions (id, document_id, number, blocks, text, content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(revisionId, documentId, number, JSON.stringify(blocks), paragraphs.join('\n'), newId(), nowIso())
  return revisionId
}

/** Highlight [start, end) of a revision's text. */
export function insertAnnotation(
  db: Connection,
  revisionId: string,
  start: number,
  end: number,
  options: { color?: string; author?: string; paragraphLabel?: string | null } = {},
): string {
  const revision = db.prepare(`SELECT document_id, text FROM revisions WHERE id = ?`).get(revisionId) as {
    document_id: string
    text: string
  }
  const annotationId = newId()
  const now = nowIso()
  db.prepare(
    `INSERT INTO annotations (id, document_id, revision_id, color, start_offset, end_offset, exact, prefix, suffix,
       paragraph_label, author, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?)`,
  ).run(
    annotationId,
    revision.document_id,
    revisionId,
    options.color ?? 'yellow',
    start,
    end,
    revision.text.slice(start, end),
    options.paragraphLabel ?? null,
    options.author ?? 'Minh',
    now,
    now,
  )
  return annotationId
}

/** Put a tag (created when new) on an annotation; returns the tag id. */
export function tagAnnotation(db: Connection, annotationId: string, name: string): string {
  const key = name.normalize('NFC').toLowerCase()
  const existing = db.prepare(`SELECT id FROM tags WHERE name_key = ?`).get(key) as { id: string } | undefined
  const tagId = existing?.id ?? newId()
  if (!existing) {
    db.prepare(`INSERT INTO tags (id, name, name_key, created_at) VALUES (?, ?, ?, ?)`).run(tagId, name, key, nowIso())
  }
  db.prepare(`INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)`).run(annotationId, tagId)
  return tagId
}

/** Comment on an annotation, or reply to a comment. */
export function insertComment(
  db: Connection,
  annotationId: string,
  body: string,
  options: { author?: string; parentId?: string } = {},
): string {
  const commentId = newId()
  const now = nowIso()
  db.prepare(
    `INSERT INTO comments (id, annotation_id, parent_id, author, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(commentId, annotationId, options.parentId ?? null, options.author ?? 'Minh', body, now, now)
  return commentId
}
