import type { RecordState } from '../team/replica'
import { sameLeaves } from './teamReport'

/**
 * The annotations a merge brought from colleagues: those whose record, tags, comments or replies gained a revision
 * written by someone else (new, changed, newly in conflict, or a comment deleted). An annotation the merge deleted
 * is left out (it is gone), and so is a revision of our own coming back from a colleague or the server.
 */
export function arrivedAnnotationIds(
  before: ReadonlyMap<string, RecordState>,
  after: ReadonlyMap<string, RecordState>,
  myAuthorId: string,
): Set<string> {
  const arrived = new Set<string>()
  for (const state of after.values()) {
    if (state.id.startsWith('d:')) continue
    const previous = before.get(state.id)
    if (previous && sameLeaves(previous, state) && previous.winner.rev === state.winner.rev) continue
    const newLeaf = state.leaves.find((leaf) => !previous?.leaves.some((old) => old.rev === leaf.rev)) ?? state.winner
    if (String(newLeaf.body.by ?? '') === myAuthorId) continue
    const annotationId = annotationOf(state, previous)
    if (annotationId) arrived.add(annotationId)
  }
  return arrived
}

/** The annotation a record belongs to; null for an annotation that is now deleted. */
function annotationOf(state: RecordState, previous: RecordState | undefined): string | null {
  const kind = state.id.slice(0, 2)
  if (kind === 'a:') return state.winner.deleted ? null : state.id.slice(2)
  if (kind === 't:') return state.id.slice(2, 38)
  if (kind !== 'c:') return null
  // A deleted comment's revision names only who deleted it: its annotation is in the version before.
  const body = state.winner.deleted ? previous?.winner.body : state.winner.body
  return typeof body?.annotation === 'string' ? body.annotation : null
}
