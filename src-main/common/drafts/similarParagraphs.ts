import { foldForComparison } from './comparisonFold'
import { splitLeadingNumber } from './leadingNumber'

/** Edited paragraphs must share at least this share of their words (Dice coefficient) to be called one paragraph. */
const minimumSimilarity = 0.5
/** A word in at most this many leftover paragraphs is rare enough to propose a pair. */
const rarePosting = 64
/** Beyond this many comparisons, only paragraphs between the same anchors are compared (keeps 1 MB drafts fast). */
const maximumComparisons = 250_000

/**
 * Pair leftover deleted and inserted paragraphs that share most of their words: the best pairs first, each
 * paragraph in at most one pair. Word sets come from the folded body; shared words are counted through an inverted
 * index, so only paragraphs with a word in common are ever compared.
 */
export function pairBySimilarity(
  oldTexts: readonly string[],
  newTexts: readonly string[],
  leftOld: readonly number[],
  leftNew: readonly number[],
  gapOfOld: Int32Array,
  gapOfNew: Int32Array,
): [number, number][] {
  if (leftOld.length === 0 || leftNew.length === 0) return []
  const sameGapOnly = leftOld.length * leftNew.length > maximumComparisons
  const words = new Map<string, number>()
  const wordSet = (text: string) => {
    const set = new Set<number>()
    for (const word of foldForComparison(splitLeadingNumber(text).body)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)) {
      if (!word) continue
      let id = words.get(word)
      if (id === undefined) words.set(word, (id = words.size))
      set.add(id)
    }
    return set
  }
  // Word sets as typed arrays: counting shared words is the hot loop (every pair when all words are common).
  const newSets = leftNew.map((j) => Int32Array.from(wordSet(newTexts[j]!)))
  const postings = new Map<number, number[]>()
  newSets.forEach((set, k) => {
    for (const word of set) {
      const list = postings.get(word) ?? []
      list.push(k)
      postings.set(word, list)
    }
  })
  // Stamps instead of per-paragraph sets: wordMark[word] === stamp marks the old paragraph's words, and
  // candidateMark[k] === stamp a candidate already taken (kept in first-seen order, as a Set would keep them);
  // shared[k] is how many words candidate k has in common with the old paragraph.
  const wordMark = new Int32Array(words.size + 1)
  const candidateMark = new Int32Array(leftNew.length)
  const shared = new Int32Array(leftNew.length)
  const candidates: number[] = []
  let stamp = 0
  const scored: { i: number; j: number; score: number }[] = []
  for (const i of leftOld) {
    const set = wordSet(oldTexts[i]!)
    stamp++
    candidates.length = 0
    // Candidates share a rare word (common ones, in most paragraphs, would make every pair a candidate).
    for (const word of set) {
      const posting = postings.get(word)
      if (!posting || posting.length > rarePosting) continue
      for (const k of posting) {
        if (candidateMark[k] === stamp) continue
        candidateMark[k] = stamp
        candidates.push(k)
      }
    }
    if (candidates.length === 0) {
      // Every new paragraph sharing a word: walking all postings counts the shared words on the way.
      for (const word of set) {
        for (const k of postings.get(word) ?? []) {
          if (candidateMark[k] !== stamp) {
            candidateMark[k] = stamp
            shared[k] = 0
            candidates.push(k)
          }
          shared[k]!++
        }
      }
    } else {
      // Words first met in this old paragraph have ids past the new draft's: no new paragraph holds them.
      for (const word of set) if (word < wordMark.length) wordMark[word] = stamp
      for (const k of candidates) {
        const other = newSets[k]!
        let common = 0
        for (let w = 0; w < other.length; w++) if (wordMark[other[w]!] === stamp) common++
        shared[k] = common
      }
    }
    for (const k of candidates) {
      const j = leftNew[k]!
      if (sameGapOnly && gapOfOld[i] !== gapOfNew[j]) continue
      const score = (2 * shared[k]!) / (set.size + newSets[k]!.length)
      if (score >= minimumSimilarity) scored.push({ i, j, score })
    }
  }
  // Best first; among equals, the pair that stayed in place.
  scored.sort(
    (a, b) => b.score - a.score || Number(gapOfOld[b.i] === gapOfNew[b.j]) - Number(gapOfOld[a.i] === gapOfNew[a.j]),
  )
  const usedOld = new Set<number>()
  const usedNew = new Set<number>()
  const pairs: [number, number][] = []
  for (const { i, j } of scored) {
    if (usedOld.has(i) || usedNew.has(j)) continue
    usedOld.add(i)
    usedNew.add(j)
    pairs.push([i, j])
  }
  return pairs
}
