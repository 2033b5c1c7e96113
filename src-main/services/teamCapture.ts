import type { TeamIdentity } from '../common/model/team'
import { sameContent, type RecordBody } from '../team/records'

/** A new revision to write: on top of `parentRev` (or a first one), live with `body` or a deletion. */
type LocalWrite = { id: string; parentRev: string | null; body: object; deleted: boolean }

/** The stored winner of a record: its revision, whether it is a deletion, and its body. */
export type StoredWinner = { rev: string; deleted: boolean; body: Record<string, unknown> }

/**
 * The revisions that capture the library's edits since the last merge: a record new here, a record whose content
 * differs from its stored winner, and a deletion for each stored live record no longer in the library. Found from
 * SQLite alone, so a document with nothing new costs no replica at all.
 */
export function localWrites(
  winners: ReadonlyMap<string, StoredWinner>,
  local: ReadonlyMap<string, RecordBody>,
  me: TeamIdentity,
): LocalWrite[] {
  const writes: LocalWrite[] = []
  for (const [id, body] of local) {
    const winner = winners.get(id)
    // Drafts never change, and a tag is on or off: a draft numbered differently or a tag spelt in another case
    // by a colleague is not a change of ours.
    if (winner && !winner.deleted && (id.startsWith('d:') || id.startsWith('t:'))) continue
    if (!winner) writes.push({ id, parentRev: null, body, deleted: false })
    else if (winner.deleted || !sameContent(winner.body, body)) {
      writes.push({ id, parentRev: winner.rev, body, deleted: false })
    }
  }
  for (const [id, winner] of winners) {
    if (id.startsWith('d:') || winner.deleted || local.has(id)) continue
    writes.push({ id, parentRev: winner.rev, body: { by: me.authorId, byName: me.name }, deleted: true })
  }
  return writes
}
