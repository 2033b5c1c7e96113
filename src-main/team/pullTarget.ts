import { Replica, type Leaf } from './replica'

/** The stored branch histories of these records (every leaf's, wherever the record is kept). */
type StoredHistories = (recordIds: string[]) => { recordId: string; history: Leaf['history'] }[]

/**
 * An empty replica to pull the server's changes into, whose answer to the replicator's `revs_diff` comes from the
 * revision trees SQLite keeps: a revision on any stored branch is here already, so the replicator fetches only the
 * revisions this library lacks, without first copying everything it holds into memory.
 */
export async function openPullTarget(stored: StoredHistories): Promise<Replica> {
  const replica = await Replica.open([])
  replica.db.revsDiff = (request) => Promise.resolve(missingRevisions(request, stored(Object.keys(request))))
  return replica
}

/** CouchDB's `revs_diff`: for each record, the asked revisions that are on none of its stored branches. */
export function missingRevisions(
  request: Record<string, string[]>,
  histories: { recordId: string; history: Leaf['history'] }[],
): Record<string, { missing: string[] }> {
  const known = new Map<string, Set<string>>()
  for (const { recordId, history } of histories) {
    const revisions = known.get(recordId) ?? new Set<string>()
    history.ids.forEach((id, index) => revisions.add(`${history.start - index}-${id}`))
    known.set(recordId, revisions)
  }
  const answer: Record<string, { missing: string[] }> = {}
  for (const [recordId, revisions] of Object.entries(request)) {
    const missing = revisions.filter((rev) => !known.get(recordId)?.has(rev))
    if (missing.length > 0) answer[recordId] = { missing }
  }
  return answer
}
