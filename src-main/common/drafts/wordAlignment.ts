import { diffArrays } from 'diff'
import { splitLeadingNumber } from './leadingNumber'
import { type TokenIds, wordTokens, type WordToken } from './wordTokens'

/**
 * A run of one paragraph pair, in UTF-16 offsets within each paragraph's text: kept (`equal`, folded-equal text on
 * both sides), or replaced (`change`: [oldStart, oldEnd) became [newStart, newEnd); either side may be empty).
 */
export type WordRun = {
  op: 'equal' | 'change'
  oldStart: number
  oldEnd: number
  newStart: number
  newEnd: number
  /** For `equal` runs: true when the raw text is identical too (offsets inside map one to one). */
  identical: boolean
}

/** A paragraph whose only change is its leading number (most of them, after an insertion): no tokens needed. */
function onlyNumberChanged(oldText: string, newText: string): WordRun[] | null {
  const before = splitLeadingNumber(oldText)
  const after = splitLeadingNumber(newText)
  if (!before.number || !after.number || before.body !== after.body) return null
  const numberEnd = (text: string, number: string) => text.indexOf(number) + number.length
  const oldEnd = numberEnd(oldText, before.number)
  const newEnd = numberEnd(newText, after.number)
  return [
    { op: 'change', oldStart: 0, oldEnd, newStart: 0, newEnd, identical: false },
    {
      op: 'equal',
      oldStart: oldEnd,
      oldEnd: oldText.length,
      newStart: newEnd,
      newEnd: newText.length,
      identical: oldText.slice(oldEnd) === newText.slice(newEnd),
    },
  ]
}

/** Myers diffs of a paragraph pair give up past this many token edits; the pair is then one prefix/suffix split. */
export const wordEditBudget = 400

/**
 * Align the words of two versions of one paragraph: Intl.Segmenter tokens mapped to integers and diffed with Myers'
 * algorithm (the `diff` package). A diff that runs out of its budget keeps the common prefix and suffix and marks
 * only the middle as changed, so a huge rewrite never turns into "everything deleted".
 */
export function alignWords(oldText: string, newText: string, ids: TokenIds): WordRun[] {
  if (oldText === newText) {
    return [{ op: 'equal', oldStart: 0, oldEnd: oldText.length, newStart: 0, newEnd: newText.length, identical: true }]
  }
  const renumbered = onlyNumberChanged(oldText, newText)
  if (renumbered) return renumbered
  const oldTokens = wordTokens(oldText)
  const newTokens = wordTokens(newText)
  const oldIds = oldTokens.map((token) => ids.of(token.key))
  const newIds = newTokens.map((token) => ids.of(token.key))
  const runs: WordRun[] = []
  let i = 0
  let j = 0
  for (const change of diffTokens(oldIds, newIds)) {
    if (change.added) {
      pushChange(runs, oldTokens, newTokens, i, i, j, j + change.count, oldText.length, newText.length)
      j += change.count
    } else if (change.removed) {
      pushChange(runs, oldTokens, newTokens, i, i + change.count, j, j, oldText.length, newText.length)
      i += change.count
    } else {
      for (let k = 0; k < change.count; k++, i++, j++) pushEqual(runs, oldText, newText, oldTokens[i]!, newTokens[j]!)
    }
  }
  return absorbLoneSpaces(runs, oldText)
}

/**
 * Myers' diff over the token ids, after setting the common prefix and suffix aside (cheap, and most edits are
 * local). Out of budget, the middle is one replacement.
 */
function diffTokens(oldIds: number[], newIds: number[]) {
  const { prefix, suffix } = commonEnds(oldIds, newIds)
  const middle = diffArrays(
    oldIds.slice(prefix, oldIds.length - suffix),
    newIds.slice(prefix, newIds.length - suffix),
    {
      maxEditLength: wordEditBudget,
    },
  ) ?? [
    { count: oldIds.length - prefix - suffix, added: false, removed: true },
    { count: newIds.length - prefix - suffix, added: true, removed: false },
  ]
  return [
    { count: prefix, added: false, removed: false },
    ...middle,
    { count: suffix, added: false, removed: false },
  ].filter((part) => part.count > 0)
}

/** A lone space kept between two replacements is a diff artefact ("[a][b] c" → "b c"): it joins them. */
function absorbLoneSpaces(runs: WordRun[], oldText: string): WordRun[] {
  const merged: WordRun[] = []
  for (const run of runs) {
    const last = merged[merged.length - 1]
    const beforeLast = merged[merged.length - 2]
    if (
      run.op === 'change' &&
      last?.op === 'equal' &&
      beforeLast?.op === 'change' &&
      !oldText.slice(last.oldStart, last.oldEnd).trim()
    ) {
      merged.pop()
      beforeLast.oldEnd = run.oldEnd
      beforeLast.newEnd = run.newEnd
      continue
    }
    merged.push(run)
  }
  return merged
}

function pushEqual(runs: WordRun[], oldText: string, newText: string, a: WordToken, b: WordToken): void {
  const identical = oldText.slice(a.start, a.end) === newText.slice(b.start, b.end)
  const last = runs[runs.length - 1]
  if (
    last &&
    last.op === 'equal' &&
    last.identical &&
    identical &&
    last.oldEnd === a.start &&
    last.newEnd === b.start
  ) {
    last.oldEnd = a.end
    last.newEnd = b.end
    return
  }
  runs.push({ op: 'equal', oldStart: a.start, oldEnd: a.end, newStart: b.start, newEnd: b.end, identical })
}

/** Add a replaced run; a deletion next to an insertion is one replacement. */
function pushChange(
  runs: WordRun[],
  oldTokens: WordToken[],
  newTokens: WordToken[],
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  oldLength: number,
  newLength: number,
): void {
  const oldStart = oldTokens[i0]?.start ?? oldLength
  const oldEnd = i1 > i0 ? oldTokens[i1 - 1]!.end : oldStart
  const newStart = newTokens[j0]?.start ?? newLength
  const newEnd = j1 > j0 ? newTokens[j1 - 1]!.end : newStart
  const last = runs[runs.length - 1]
  if (last && last.op === 'change' && last.oldEnd === oldStart && last.newEnd === newStart) {
    last.oldEnd = oldEnd
    last.newEnd = newEnd
    return
  }
  runs.push({ op: 'change', oldStart, oldEnd, newStart, newEnd, identical: false })
}

/** How many tokens the two sequences share at the start and, after that, at the end. */
function commonEnds(oldIds: number[], newIds: number[]): { prefix: number; suffix: number } {
  let prefix = 0
  while (prefix < oldIds.length && prefix < newIds.length && oldIds[prefix] === newIds[prefix]) prefix++
  let suffix = 0
  while (
    suffix < oldIds.length - prefix &&
    suffix < newIds.length - prefix &&
    oldIds[oldIds.length - 1 - suffix] === newIds[newIds.length - 1 - suffix]
  )
    suffix++
  return { prefix, suffix }
}
