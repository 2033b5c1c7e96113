import { createHash } from 'node:crypto'
import type { TeamIdentity } from '../common/model/team'
import type {
  DraftRow,
  LeafRow,
  SharedAnnotationRow,
  SharedCommentRow,
  SharedTagRow,
} from '../db/repositories/teamRows'
import {
  recordIds,
  type AnnotationBody,
  type CommentBody,
  type DraftBody,
  type RecordBody,
  type TagBody,
} from '../team/records'
import type { Leaf, RecordState } from '../team/replica'

/** The hash a draft is known by among colleagues: SHA-256 of its canonical text. */
export function draftHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** What the library holds for a shared document, read from SQLite. */
export type LocalRows = {
  title: string
  drafts: DraftRow[]
  annotations: SharedAnnotationRow[]
  comments: SharedCommentRow[]
  tags: SharedTagRow[]
}

/** The document's shared records as they are now in SQLite, by record id, each signed by `me`. */
export function localRecords(rows: LocalRows, me: TeamIdentity): Map<string, RecordBody> {
  const who = { by: me.authorId, byName: me.name }
  const records = new Map<string, RecordBody>()
  const hashByRevision = new Map<string, string>()
  const first = rows.drafts[0]
  const documentKey = first ? draftHash(first.text) : ''
  for (const draft of rows.drafts) {
    const hash = draftHash(draft.text)
    hashByRevision.set(draft.id, hash)
    const body: DraftBody = {
      type: 'draft',
      document: documentKey,
      title: rows.title,
      number: draft.number,
      blocks: JSON.parse(draft.blocks) as DraftBody['blocks'],
      ...who,
    }
    records.set(recordIds.draft(hash), body)
  }
  for (const row of rows.annotations) {
    const hash = hashByRevision.get(row.revision_id)
    if (!hash) continue
    const body: AnnotationBody = {
      type: 'annotation',
      draft: hash,
      color: row.color as AnnotationBody['color'],
      start: row.start_offset,
      end: row.end_offset,
      exact: row.exact,
      prefix: row.prefix,
      suffix: row.suffix,
      paragraphLabel: row.paragraph_label,
      author: row.author,
      authorId: row.author_id ?? me.authorId,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      resolvedAt: row.resolved_at,
      ...who,
    }
    records.set(recordIds.annotation(row.id), body)
  }
  for (const row of rows.comments) {
    const body: CommentBody = {
      type: 'comment',
      annotation: row.annotation_id,
      parent: row.parent_id,
      author: row.author,
      authorId: row.author_id ?? me.authorId,
      body: row.body,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      ...who,
    }
    records.set(recordIds.comment(row.id), body)
  }
  for (const row of rows.tags) {
    const body: TagBody = { type: 'tag', annotation: row.annotation_id, name: row.name, ...who }
    records.set(recordIds.tag(row.annotation_id, row.name_key), body)
  }
  return records
}

/** The annotation row a record's winning body stands for, on the local draft `revisionId`. */
export function annotationRow(recordId: string, body: AnnotationBody, revisionId: string): SharedAnnotationRow {
  return {
    id: recordId.slice(2),
    revision_id: revisionId,
    color: body.color,
    start_offset: body.start,
    end_offset: body.end,
    exact: body.exact,
    prefix: body.prefix,
    suffix: body.suffix,
    paragraph_label: body.paragraphLabel,
    author: body.author,
    author_id: body.authorId,
    created_at: body.createdAt,
    updated_at: body.updatedAt,
    resolved_at: body.resolvedAt,
  }
}

/** The comment row a record's winning body stands for. */
export function commentRow(recordId: string, body: CommentBody): SharedCommentRow {
  return {
    id: recordId.slice(2),
    annotation_id: body.annotation,
    parent_id: body.parent,
    author: body.author,
    author_id: body.authorId,
    body: body.body,
    created_at: body.createdAt,
    updated_at: body.updatedAt,
  }
}

/** Stored leaves back into replica leaves. */
export function leavesFromRows(rows: readonly LeafRow[]): Leaf[] {
  return rows.map((row) => ({
    id: row.record_id,
    rev: row.rev,
    deleted: row.deleted === 1,
    history: JSON.parse(row.history) as Leaf['history'],
    body: row.body ? (JSON.parse(row.body) as Record<string, unknown>) : {},
  }))
}

/** A record's leaves as stored rows. */
export function rowsFromState(state: RecordState): LeafRow[] {
  return state.leaves.map((leaf) => ({
    record_id: leaf.id,
    rev: leaf.rev,
    deleted: leaf.deleted ? 1 : 0,
    history: JSON.stringify(leaf.history),
    body: JSON.stringify(leaf.body),
    winner: leaf.rev === state.winner.rev ? 1 : 0,
  }))
}

/** Stored leaves as record states (the stored winner flag names PouchDB's winner). */
export function statesFromRows(rows: readonly LeafRow[]): Map<string, RecordState> {
  const leaves = leavesFromRows(rows)
  const grouped = new Map<string, { winner: Leaf | null; leaves: Leaf[] }>()
  rows.forEach((row, index) => {
    const leaf = leaves[index]!
    const entry = grouped.get(row.record_id) ?? { winner: null, leaves: [] }
    entry.leaves.push(leaf)
    if (row.winner === 1) entry.winner = leaf
    grouped.set(row.record_id, entry)
  })
  const states = new Map<string, RecordState>()
  for (const [id, entry] of grouped) {
    const winner = entry.winner ?? entry.leaves[0]
    if (winner) states.set(id, { id, winner, leaves: entry.leaves })
  }
  return states
}
