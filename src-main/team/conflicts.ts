import { sameContent } from './records'
import type { Leaf, RecordState } from './replica'

/**
 * Whether a record is in conflict. CouchDB keeps every branch and lists live losers in `_conflicts`, but an edit
 * against a deletion is a conflict for us too (the deleting colleague should not silently lose). A deletion made by
 * "Keep this one" (`resolution`) closes its branch without counting. So: at least one live leaf, and more than one
 * leaf that is live (with its own content) or a plain deletion.
 */
export function isInConflict(state: RecordState): boolean {
  const live = distinctLive(state.leaves)
  const deletions = state.leaves.filter((leaf) => leaf.deleted && leaf.body.resolution !== true)
  return live.length > 0 && live.length + deletions.length > 1
}

/** Live leaves, one per content: two colleagues who made the same change do not disagree. */
function distinctLive(leaves: Leaf[]): Leaf[] {
  const distinct: Leaf[] = []
  for (const leaf of leaves) {
    if (!leaf.deleted && !distinct.some((kept) => sameContent(kept.body, leaf.body))) distinct.push(leaf)
  }
  return distinct
}

/** The leaves a user chooses between: live ones and plain deletions, the winner first. */
export function conflictLeaves(state: RecordState) {
  const counted = state.leaves.filter((leaf) => !leaf.deleted || leaf.body.resolution !== true)
  return [state.winner, ...counted.filter((leaf) => leaf.rev !== state.winner.rev)]
}
