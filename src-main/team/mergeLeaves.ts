import { missingRevisions } from './pullTarget'
import { Replica, type Leaf, type RecordState } from './replica'

/**
 * Merge `incoming` leaves into records that hold `stored` leaves, through a replica holding only those records, and
 * return the states of the records the merge may change. Two kinds of record skip the replica:
 * - a record new here that arrives as one leaf has nothing to merge (its one leaf is its tree's only leaf, so the
 *   winner): most of a first exchange;
 * - a record whose arriving revisions are all on its stored branches already (CouchDB's `revs_diff` finds none
 *   missing) cannot change, and is left out: the same file merged twice, or a colleague's file that repeats ours.
 */
export async function mergeLeaves(stored: Leaf[], incoming: Leaf[]): Promise<Map<string, RecordState>> {
  const storedIds = new Set(stored.map((leaf) => leaf.id))
  const arriving = new Map<string, number>()
  const asked: Record<string, string[]> = {}
  for (const leaf of incoming) {
    arriving.set(leaf.id, (arriving.get(leaf.id) ?? 0) + 1)
    if (storedIds.has(leaf.id)) (asked[leaf.id] ??= []).push(leaf.rev)
  }
  const histories = stored.map((leaf) => ({ recordId: leaf.id, history: leaf.history }))
  const changing = new Set(Object.keys(missingRevisions(asked, histories)))
  const alone = (leaf: Leaf) => !storedIds.has(leaf.id) && arriving.get(leaf.id) === 1
  const merged = incoming.filter((leaf) => !alone(leaf) && (!storedIds.has(leaf.id) || changing.has(leaf.id)))
  const states = new Map<string, RecordState>()
  if (merged.length > 0) {
    const ids = new Set(merged.map((leaf) => leaf.id))
    const replica = await Replica.open(stored.filter((leaf) => ids.has(leaf.id)))
    try {
      await replica.merge(merged)
      for (const [id, state] of await replica.states(ids)) states.set(id, state)
    } finally {
      await replica.close()
    }
  }
  for (const leaf of incoming) if (alone(leaf)) states.set(leaf.id, { id: leaf.id, winner: leaf, leaves: [leaf] })
  return states
}
