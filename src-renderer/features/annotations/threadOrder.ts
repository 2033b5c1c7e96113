import type { Comment } from '@common/model/annotation'

/**
 * Every comment of a thread in reading order: each top-level comment (there may be more than one, from an import
 * or another copy of the app) followed by its replies, depth first, oldest first. Nothing is hidden: a reply whose
 * parent is missing comes at the end.
 */
export function threadOrder(comments: readonly Comment[]): Comment[] {
  const byAge = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const ids = new Set(byAge.map((comment) => comment.id))
  const children = new Map<string | null, Comment[]>()
  for (const comment of byAge) {
    const parent = comment.parentId !== null && ids.has(comment.parentId) ? comment.parentId : null
    const key = comment.parentId === null ? null : parent === null ? 'orphan' : parent
    const list = children.get(key) ?? []
    list.push(comment)
    children.set(key, list)
  }
  const ordered: Comment[] = []
  const placed = new Set<string>()
  // An explicit stack: a long reply chain must not overflow the call stack.
  const stack = [...(children.get(null) ?? []), ...(children.get('orphan') ?? [])].reverse()
  while (stack.length > 0) {
    const comment = stack.pop()!
    if (placed.has(comment.id)) continue
    placed.add(comment.id)
    ordered.push(comment)
    stack.push(...[...(children.get(comment.id) ?? [])].reverse())
  }
  // Comments in a parent cycle (possible only in a hand-made file) are still shown.
  for (const comment of byAge) if (!placed.has(comment.id)) ordered.push(comment)
  return ordered
}
