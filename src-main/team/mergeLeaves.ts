import { Replica, type Leaf, type RecordState } from './replica'

/**
 * Merge `incoming` leaves into records that hold `stored` leaves, through a replica holding only those records, and
 * return the states of the records that arrived. A record new here that arrives as one leaf has nothing to merge
 * (its one leaf is its tree's only leaf, so the winner): it skips the replica, which is most of a first exchange.
 */
export async function mergeLeaves(stored: Leaf[], incoming: Leaf[]): Promise<Map<string, RecordState>> {
  const storedIds = new Set(stored.map((leaf) => leaf.id))
  const arriving = new Map<string, number>()
  for (const leaf of incoming) arriving.set(leaf.id, (arriving.get(leaf.id) ?? 0) + 1)
  const alone = (leaf: Leaf) => !storedIds.has(leaf.id) && arriving.get(leaf.id) === 1
  const merged = incoming.filter((leaf) => !alone(leaf))
  const states = new Map<string, RecordState>()
  if (merged.length > 0) {
    const replica = await Replica.open(stored.filter((leaf) => arriving.has(leaf.id)))
    try {
      await replica.merge(merged)
      for (const [id, state] of await replica.states(merged.map((leaf) => leaf.id))) states.set(id, state)
    } finally {
      await replica.close()
    }
  }
  for (const leaf of incoming) if (alone(leaf)) states.set(leaf.id, { id: leaf.id, winner: leaf, leaves: [leaf] })
  return states
}
