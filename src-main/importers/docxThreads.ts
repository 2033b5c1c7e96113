import type { IncomingAnnotation, IncomingComment } from '../common/model/incomingAnnotation'
import { nearestWord } from '../common/text/nearestWord'
import type { WordComment, WordComments } from './docxComments'

/**
 * Word comments as incoming annotations: one per thread, over the range its main comment marks in the final text
 * (`positions` holds where the markers of markCommentRanges stood), with replies (w15:paraIdParent, followed to the
 * thread's root) as replies and w15:done on the root as resolved. A comment on a point attaches to the nearest
 * word; one whose marks did not survive (in a header, a deleted run) comes in unplaced.
 */
export function threadsFromWordComments(
  word: WordComments,
  positions: ReadonlyMap<string, number>,
  text: string,
): IncomingAnnotation[] {
  const byParaId = new Map<string, WordComment>()
  for (const comment of word.comments) if (comment.paraId) byParaId.set(comment.paraId, comment)
  const parentOf = (comment: WordComment): WordComment | null => {
    const parentParaId = comment.paraId ? word.extensions.get(comment.paraId)?.parentParaId : null
    const parent = parentParaId ? byParaId.get(parentParaId) : undefined
    return parent && parent !== comment ? parent : null
  }
  const rootOf = (comment: WordComment): WordComment => {
    let current = comment
    const seen = new Set<WordComment>([comment])
    for (let parent = parentOf(current); parent && !seen.has(parent); parent = parentOf(current)) {
      seen.add(parent)
      current = parent
    }
    return current
  }
  const threads = new Map<WordComment, WordComment[]>()
  for (const comment of word.comments) {
    const root = rootOf(comment)
    const thread = threads.get(root) ?? []
    thread.push(comment)
    threads.set(root, thread)
  }
  const incoming: IncomingAnnotation[] = []
  for (const [root, members] of threads) {
    const ordered = [root, ...members.filter((member) => member !== root).sort(byDate)]
    const comments: IncomingComment[] = ordered.map((comment, index) => {
      const parent = index === 0 ? null : parentOf(comment)
      const parentIndex = parent ? ordered.indexOf(parent) : 0
      return {
        author: comment.author,
        body: comment.body,
        createdAt: comment.date,
        parent: index === 0 ? null : Math.max(0, parentIndex),
      }
    })
    incoming.push({
      span: spanOf(root.id, positions, text),
      quote: '',
      color: 'yellow',
      author: root.author,
      createdAt: root.date,
      resolved: root.paraId ? (word.extensions.get(root.paraId)?.done ?? false) : false,
      comments,
    })
  }
  return incoming
}

function byDate(first: WordComment, second: WordComment): number {
  return (first.date ?? '').localeCompare(second.date ?? '')
}

/** The comment's range in `text`, trimmed of white space; a point or an empty range widens to the nearest word. */
function spanOf(
  id: string,
  positions: ReadonlyMap<string, number>,
  text: string,
): { start: number; end: number } | null {
  const startMark = positions.get(`s${id}`)
  const endMark = positions.get(`e${id}`) ?? positions.get(`r${id}`)
  if (startMark === undefined && endMark === undefined) return null
  let start = Math.min(startMark ?? endMark!, endMark ?? startMark!)
  let end = Math.max(startMark ?? endMark!, endMark ?? startMark!)
  while (start < end && /\s/u.test(text[start]!)) start += 1
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1
  if (end > start) return { start, end }
  return nearestWord(text, start)
}
