import { diffArrays } from 'diff'
import { foldForComparison } from './comparisonFold'
import { splitLeadingNumber } from './leadingNumber'
import { pairBySimilarity } from './similarParagraphs'

/**
 * What happened to one paragraph between two drafts:
 * unchanged (same body, same number), renumbered (same body, new number), changed (edited in place),
 * moved (same body elsewhere), movedChanged (edited and elsewhere), inserted, deleted.
 */
export type ParagraphChange = 'unchanged' | 'renumbered' | 'changed' | 'moved' | 'movedChanged' | 'inserted' | 'deleted'

/** One old paragraph and its partner in the new draft (either may be null). */
export type ParagraphPair = { change: ParagraphChange; oldIndex: number | null; newIndex: number | null }

/** The paragraph alignment of two drafts: every pair, and for each paragraph the index of its partner (or -1). */
export type ParagraphAlignment = {
  pairs: ParagraphPair[]
  newOf: Int32Array
  oldOf: Int32Array
  /** The change of the pair each old paragraph belongs to. */
  changeOfOld: ParagraphChange[]
}

/** Repeated paragraphs between two unique anchors are matched with a Myers diff of at most this many edits. */
const gapEditBudget = 2000

/**
 * Align the paragraphs of two drafts. Bodies are compared folded and without their leading numbers. Paragraphs whose
 * body occurs once in each draft are anchors; the longest run of anchors in the same order (patience diff) is the
 * skeleton, and anchors off that run have moved. Between skeleton anchors, repeated bodies are matched in order by a
 * Myers diff. What is left, deleted on one side and inserted on the other, is paired by word similarity: edited in
 * place when the pair sits between the same skeleton anchors, moved and edited otherwise.
 */
export function alignParagraphs(oldTexts: readonly string[], newTexts: readonly string[]): ParagraphAlignment {
  // A body found verbatim in both drafts is its own key; only the others are folded (folding a megabyte is slow).
  const oldBodies = oldTexts.map((text) => splitLeadingNumber(text).body.trim())
  const newBodies = newTexts.map((text) => splitLeadingNumber(text).body.trim())
  const verbatim = new Set(oldBodies)
  const shared = new Set(newBodies.filter((body) => verbatim.has(body)))
  const keyIds = new Map<string, number>()
  const idOf = (body: string) => {
    const key = shared.has(body) ? body : foldForComparison(body).trim()
    let id = keyIds.get(key)
    if (id === undefined) keyIds.set(key, (id = keyIds.size))
    return id
  }
  const oldKeys = oldBodies.map(idOf)
  const newKeys = newBodies.map(idOf)
  const newOf = new Int32Array(oldTexts.length).fill(-1)
  const oldOf = new Int32Array(newTexts.length).fill(-1)
  const moved = new Set<number>()
  const link = (i: number, j: number, isMove: boolean) => {
    newOf[i] = j
    oldOf[j] = i
    if (isMove) moved.add(i)
  }

  const skeleton = patienceSkeleton(oldKeys, newKeys)
  const inSkeleton = new Set(skeleton.map(([i]) => i))
  for (const [i, j] of skeleton) link(i, j, false)
  // Repeated bodies between two skeleton anchors, matched in order.
  const bounds: [number, number][] = [[-1, -1], ...skeleton, [oldKeys.length, newKeys.length]]
  for (let b = 0; b + 1 < bounds.length; b++) {
    const [i0, j0] = bounds[b]!
    const [i1, j1] = bounds[b + 1]!
    matchGap(oldKeys, newKeys, i0 + 1, i1, j0 + 1, j1, link)
  }
  // Unique bodies off the skeleton, then repeated ones still unmatched: the same paragraph, moved.
  const unmatchedNewByKey = new Map<number, number[]>()
  newKeys.forEach((key, j) => {
    if (oldOf[j] !== -1) return
    const list = unmatchedNewByKey.get(key) ?? []
    list.push(j)
    unmatchedNewByKey.set(key, list)
  })
  oldKeys.forEach((key, i) => {
    if (newOf[i] !== -1 || inSkeleton.has(i)) return
    const j = unmatchedNewByKey.get(key)?.shift()
    if (j !== undefined) link(i, j, true)
  })
  // Edited paragraphs: pair what is left by similarity.
  const gapOfOld = gapIndex(oldTexts.length, skeleton, 0)
  const gapOfNew = gapIndex(newTexts.length, skeleton, 1)
  const leftOld = oldKeys.map((_, i) => i).filter((i) => newOf[i] === -1)
  const leftNew = newKeys.map((_, j) => j).filter((j) => oldOf[j] === -1)
  const edited = new Set<number>()
  for (const [i, j] of pairBySimilarity(oldTexts, newTexts, leftOld, leftNew, gapOfOld, gapOfNew)) {
    link(i, j, gapOfOld[i] !== gapOfNew[j])
    edited.add(i)
  }
  return assemble(oldTexts, newTexts, oldKeys, newKeys, newOf, oldOf, moved, edited)
}

/** Pairs (old, new) of bodies unique in both drafts, reduced to the longest run in the same order. */
function patienceSkeleton(oldKeys: number[], newKeys: number[]): [number, number][] {
  const count = (keys: number[]) => {
    const counts = new Map<number, number>()
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
    return counts
  }
  const oldCounts = count(oldKeys)
  const newCounts = count(newKeys)
  const newIndexOfKey = new Map<number, number>()
  newKeys.forEach((key, j) => {
    if (newCounts.get(key) === 1) newIndexOfKey.set(key, j)
  })
  const candidates: [number, number][] = []
  oldKeys.forEach((key, i) => {
    const j = newIndexOfKey.get(key)
    if (j !== undefined && oldCounts.get(key) === 1) candidates.push([i, j])
  })
  return longestIncreasingRun(candidates)
}

/** Longest subsequence of `pairs` (sorted by old index) whose new indexes increase; O(n log n). */
function longestIncreasingRun(pairs: [number, number][]): [number, number][] {
  const tails: number[] = []
  const previous = new Int32Array(pairs.length).fill(-1)
  pairs.forEach(([, j], k) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (pairs[tails[middle]!]![1] < j) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[k] = tails[low - 1]!
    tails[low] = k
  })
  const run: [number, number][] = []
  for (let k = tails[tails.length - 1] ?? -1; k !== -1; k = previous[k]!) run.push(pairs[k]!)
  return run.reverse()
}

function matchGap(
  oldKeys: number[],
  newKeys: number[],
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  link: (i: number, j: number, isMove: boolean) => void,
): void {
  if (i1 <= i0 || j1 <= j0) return
  const changes = diffArrays(oldKeys.slice(i0, i1), newKeys.slice(j0, j1), { maxEditLength: gapEditBudget })
  // Out of budget: leave the gap to the similarity pass rather than call it all deleted.
  if (!changes) return
  let i = i0
  let j = j0
  for (const change of changes) {
    if (change.added) j += change.count
    else if (change.removed) i += change.count
    else for (let k = 0; k < change.count; k++) link(i++, j++, false)
  }
}

/** For each paragraph, how many skeleton anchors come before it: pairs in the same gap have not moved. */
function gapIndex(length: number, skeleton: [number, number][], side: 0 | 1): Int32Array {
  const gaps = new Int32Array(length)
  let next = 0
  for (let index = 0; index < length; index++) {
    while (next < skeleton.length && skeleton[next]![side] < index) next++
    gaps[index] = next
  }
  return gaps
}

function assemble(
  oldTexts: readonly string[],
  newTexts: readonly string[],
  oldKeys: number[],
  newKeys: number[],
  newOf: Int32Array,
  oldOf: Int32Array,
  moved: Set<number>,
  edited: Set<number>,
): ParagraphAlignment {
  const changeOfOld: ParagraphChange[] = oldKeys.map((_, i) => {
    const j = newOf[i]!
    if (j === -1) return 'deleted'
    if (edited.has(i) || oldKeys[i] !== newKeys[j]) return moved.has(i) ? 'movedChanged' : 'changed'
    if (moved.has(i)) return 'moved'
    return oldTexts[i] === newTexts[j] ? 'unchanged' : renumberedOrChanged(oldTexts[i]!, newTexts[j]!)
  })
  // Deleted paragraphs go where they were: after the partner of the nearest old paragraph before them.
  const deletedAfter = new Map<number, number[]>()
  let lastPartner = -1
  oldKeys.forEach((_, i) => {
    if (newOf[i] === -1) {
      const list = deletedAfter.get(lastPartner) ?? []
      list.push(i)
      deletedAfter.set(lastPartner, list)
    } else if (!moved.has(i)) lastPartner = newOf[i]!
  })
  const pairs: ParagraphPair[] = []
  const pushDeleted = (j: number) => {
    for (const i of deletedAfter.get(j) ?? []) pairs.push({ change: 'deleted', oldIndex: i, newIndex: null })
  }
  pushDeleted(-1)
  for (let j = 0; j < newTexts.length; j++) {
    const i = oldOf[j]!
    pairs.push(
      i === -1
        ? { change: 'inserted', oldIndex: null, newIndex: j }
        : { change: changeOfOld[i]!, oldIndex: i, newIndex: j },
    )
    pushDeleted(j)
  }
  return { pairs, newOf, oldOf, changeOfOld }
}

/** Same folded body: renumbered when only the number differs; changed when the body differs in its raw form. */
function renumberedOrChanged(oldText: string, newText: string): ParagraphChange {
  const before = splitLeadingNumber(oldText)
  const after = splitLeadingNumber(newText)
  if (before.body !== after.body) return 'changed'
  return before.number === after.number ? 'unchanged' : 'renumbered'
}
