import type { DraftComparison } from '../common/model/draft'

/** Reopening the compare view of the same pair of drafts is common; a few megabyte-sized comparisons are plenty. */
const keptComparisons = 3

/**
 * The last few draft comparisons, keyed by the two revisions' ids. Revisions never change once imported and their
 * ids are never reused (undo removes a draft; importing again makes a new revision), so an entry can never go stale.
 */
export class DraftComparisonCache {
  private readonly entries = new Map<string, DraftComparison>()

  /** The comparison of `olderId` → `newerId`, computed by `compute` only when it is not kept already. */
  get(olderId: string, newerId: string, compute: () => DraftComparison): DraftComparison {
    const key = `${olderId}\u0000${newerId}`
    let comparison = this.entries.get(key)
    if (comparison) this.entries.delete(key)
    else comparison = compute()
    // Re-inserted last, so the first key is always the one used longest ago.
    this.entries.set(key, comparison)
    if (this.entries.size > keptComparisons) this.entries.delete(this.entries.keys().next().value!)
    return comparison
  }
}
