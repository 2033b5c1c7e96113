import type { ColleagueReport, TeamMergeReport } from '../common/model/team'
import { isInConflict } from '../team/conflicts'
import type { RecordState } from '../team/replica'

type Tally = Omit<TeamMergeReport, 'documentId' | 'documentTitle' | 'documentCreated'>

/**
 * What a merge brought, per colleague: records new to this library, changed, deleted, and newly in conflict. Only
 * annotations, comments and replies are counted (a tag change counts as a change of its annotation). A change is
 * credited to whoever wrote the revision that arrived.
 */
export function tallyMerge(before: Map<string, RecordState>, after: Map<string, RecordState>): Tally {
  const byColleague = new Map<string, ColleagueReport>()
  const totals = { new: 0, changed: 0, deleted: 0, conflicts: 0 }
  const counted = new Set<string>()
  // Annotations and comments first, so that a tag on an annotation already counted is not counted again.
  const ordered = [...after.values()].sort((a, b) => Number(a.id.startsWith('t:')) - Number(b.id.startsWith('t:')))
  for (const state of ordered) {
    const id = state.id
    if (id.startsWith('d:')) continue
    const annotationKey = id.startsWith('t:') ? `a:${id.slice(2, 38)}` : id
    if (id.startsWith('t:') && counted.has(annotationKey)) continue
    const previous = before.get(id)
    if (previous && sameLeaves(previous, state)) continue
    const kind = classify(previous, state)
    if (!kind) continue
    counted.add(annotationKey)
    const arrived = state.leaves.find((leaf) => !previous?.leaves.some((old) => old.rev === leaf.rev)) ?? state.winner
    const authorId = String(arrived.body.by ?? '')
    const entry = byColleague.get(authorId) ?? {
      authorId,
      name: String(arrived.body.byName ?? ''),
      new: 0,
      changed: 0,
      deleted: 0,
      conflicts: 0,
    }
    entry[kind] += 1
    totals[kind] += 1
    byColleague.set(authorId, entry)
  }
  const colleagues = [...byColleague.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || (a.authorId < b.authorId ? -1 : 1),
  )
  return { colleagues, totals }
}

function classify(previous: RecordState | undefined, state: RecordState): keyof Tally['totals'] | null {
  if (isInConflict(state) && !(previous && isInConflict(previous))) return 'conflicts'
  const wasLive = previous !== undefined && !previous.winner.deleted
  const isLive = !state.winner.deleted
  if (state.id.startsWith('t:')) return wasLive || isLive ? 'changed' : null
  if (!wasLive && isLive) return 'new'
  if (wasLive && !isLive) return 'deleted'
  if (wasLive && isLive && previous.winner.rev !== state.winner.rev) return 'changed'
  return null
}

/** Whether a record has exactly the same leaves in both states. */
export function sameLeaves(a: RecordState, b: RecordState): boolean {
  if (a.leaves.length !== b.leaves.length) return false
  return a.leaves.every((leaf) => b.leaves.some((other) => other.rev === leaf.rev))
}
