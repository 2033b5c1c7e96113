import { anchorTarget, scoreSpan } from '../anchoring/anchor'
import { similarity } from '../anchoring/similarity'
import type { TextTarget } from '../model/annotation'
import type { CarryOverClass } from '../model/draft'
import { blockIndexAt } from '../text/canonicalText'
import { foldForComparison } from './comparisonFold'
import { type DraftAlignment, firstSegmentEndingAfter, segmentAt, segmentKinds } from './draftAlignment'

/** Where one annotation lands in the newer draft, and how sure we are. Orphans carry places to offer instead. */
export type Placement = {
  class: CarryOverClass
  confidence: number
  start: number | null
  end: number | null
  candidates: { start: number; end: number; score: number }[]
}

/** A reworded passage must keep at least this share of its text, unless both its neighbours survived. */
const minimumKept = 0.5
/** A fuzzy answer is taken only when it scores this well and beats the runner-up by this margin. */
const fuzzyMinimum = 0.75
const fuzzyMargin = 0.15
/** A quote this long that occurs once in each draft is the same passage wherever it went. */
const distinctiveLength = 32
const maximumCandidates = 5

/**
 * Carry one annotation over through the alignment. In order: the offset map (exact when the mapped text reads the
 * same, moved when its paragraph moved, reworded when enough of it survived or it was replaced between surviving
 * neighbours); then a bounded fuzzy search only inside the partner paragraphs, accepted only with a clear margin;
 * then a distinctive quote found once in each draft. Anything else is orphaned with the places that fit offered,
 * never chosen: a highlight on text it did not mark is worse than one the user re-attaches.
 */
export function placeAnnotation(alignment: DraftAlignment, target: TextTarget): Placement {
  const { older, newer } = alignment
  const start = target.start
  const end = target.end
  if (end <= start || older.text.slice(start, end) !== target.exact) return orphan(alignment, target, [])
  const mapped = mapSpan(alignment, start, end)
  if (mapped) {
    const newExact = newer.text.slice(mapped.start, mapped.end)
    const movedParagraph = touchedOld(alignment, start, end).some((i) => {
      const change = alignment.paragraphs.changeOfOld[i]
      return change === 'moved' || change === 'movedChanged'
    })
    if (foldForComparison(newExact) === foldForComparison(target.exact)) {
      return { class: movedParagraph ? 'moved' : 'exact', confidence: 1, ...mapped, candidates: [] }
    }
    if (mapped.kept >= minimumKept || mapped.replacedInPlace) {
      const confidence = rewordConfidence(target.exact, newExact, mapped.kept)
      return { class: 'reworded', confidence, start: mapped.start, end: mapped.end, candidates: [] }
    }
  }
  const fuzzy = fuzzyInPartners(alignment, target)
  if (fuzzy.accepted) return fuzzy.accepted
  return orphan(alignment, target, fuzzy.seen)
}

type MappedSpan = { start: number; end: number; kept: number; replacedInPlace: boolean }

/** Map [start, end) through the offset map; null when the ends do not land in partner paragraphs consistently. */
function mapSpan(alignment: DraftAlignment, start: number, end: number): MappedSpan | null {
  const { map, older, newer } = alignment
  let kept = 0
  let counted = 0
  let newStart = -1
  let newEnd = -1
  let first = -1
  let last = -1
  for (let k = firstSegmentEndingAfter(map, start); k < map.length && map.oldStart[k]! < end; k++) {
    const from = Math.max(start, map.oldStart[k]!)
    const to = Math.min(end, map.oldEnd[k]!)
    if (to <= from && map.oldEnd[k]! > map.oldStart[k]!) continue
    const kind = map.kind[k]!
    const weight = countVisible(older.text, from, to)
    counted += weight
    if (kind !== segmentKinds.change) kept += weight
    if (kind === segmentKinds.change && map.newEnd[k] === map.newStart[k]) continue
    if (to <= from) continue
    const segmentStart =
      kind === segmentKinds.identical ? map.newStart[k]! + (from - map.oldStart[k]!) : map.newStart[k]!
    const segmentEnd = kind === segmentKinds.identical ? map.newStart[k]! + (to - map.oldStart[k]!) : map.newEnd[k]!
    if (newStart === -1) {
      newStart = segmentStart
      first = k
    }
    newEnd = segmentEnd
    last = k
  }
  if (newStart === -1 || newEnd <= newStart || counted === 0) return null
  // Multi-paragraph spans must stay in order and cover only partners of the old paragraphs (or inserted ones).
  const oldBlocks = touchedOld(alignment, start, end)
  const firstNew = blockIndexAt(newer.starts, newStart)
  const lastNew = blockIndexAt(newer.starts, newEnd - 1)
  for (let j = firstNew; j <= lastNew; j++) {
    const i = alignment.paragraphs.oldOf[j]!
    if (i !== -1 && !oldBlocks.includes(i)) return null
  }
  const trimmed = trimSpaces(newer.text, newStart, newEnd)
  if (!trimmed) return null
  if (trimmed.end - trimmed.start > 3 * (end - start) + 40) return null
  const replacedInPlace = survives(alignment, first, start, 'before') && survives(alignment, last, end, 'after')
  return { ...trimmed, kept: kept / counted, replacedInPlace }
}

/** Whether the annotation's neighbour on one side was kept (or is its paragraph's edge in a paired paragraph). */
function survives(alignment: DraftAlignment, segment: number, offset: number, side: 'before' | 'after'): boolean {
  const { map, older } = alignment
  if (segment < 0) return false
  let at = side === 'before' ? offset - 1 : offset
  const step = side === 'before' ? -1 : 1
  while (at >= 0 && at < older.text.length && /[ \t]/u.test(older.text[at]!)) at += step
  if (at < 0 || at >= older.text.length || older.text[at] === '\n') {
    return alignment.paragraphs.newOf[blockIndexAt(older.starts, offset - (side === 'before' ? 0 : 1))]! !== -1
  }
  const k = segmentAt(map, at)
  return k !== -1 && map.kind[k] !== segmentKinds.change
}

/** Old paragraph indexes a span touches. */
function touchedOld(alignment: DraftAlignment, start: number, end: number): number[] {
  const first = blockIndexAt(alignment.older.starts, start)
  const last = blockIndexAt(alignment.older.starts, Math.max(start, end - 1))
  const list: number[] = []
  for (let i = first; i <= last; i++) list.push(i)
  return list
}

function countVisible(text: string, from: number, to: number): number {
  let count = 0
  for (let at = from; at < to; at++) if (!/\s/u.test(text[at]!)) count++
  return count
}

function trimSpaces(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/u.test(text[start]!)) start++
  while (end > start && /\s/u.test(text[end - 1]!)) end--
  return end > start ? { start, end } : null
}

function rewordConfidence(oldExact: string, newExact: string, kept: number): number {
  const textSimilarity =
    oldExact.length + newExact.length > 4000
      ? kept
      : similarity(foldForComparison(oldExact), foldForComparison(newExact))
  return round(Math.min(0.99, Math.max(0.05, (textSimilarity + kept) / 2)))
}

/** Fuzzy search for the quote inside the new partners of the old paragraphs, with the runner-up for the margin. */
function fuzzyInPartners(
  alignment: DraftAlignment,
  target: TextTarget,
): { accepted: Placement | null; seen: Placement['candidates'] } {
  const { newer } = alignment
  const found: Placement['candidates'] = []
  for (const i of touchedOld(alignment, target.start, target.end)) {
    const j = alignment.paragraphs.newOf[i]!
    if (j === -1) continue
    const base = newer.starts[j]!
    const paragraph = newer.texts[j]!
    const local = { ...target, start: Math.max(0, target.start - alignment.older.starts[i]!), end: 0 }
    local.end = local.start + target.exact.length
    const best = anchorTarget(paragraph, local, { minScore: 0.5 })
    if (!best) continue
    found.push({ start: base + best.start, end: base + best.end, score: round(best.score) })
    // The runner-up in the same paragraph: the same search with the best place blanked out.
    const masked = paragraph.slice(0, best.start) + ' '.repeat(best.end - best.start) + paragraph.slice(best.end)
    const second = anchorTarget(masked, local, { minScore: 0.3 })
    if (second) found.push({ start: base + second.start, end: base + second.end, score: round(second.score) })
  }
  found.sort((a, b) => b.score - a.score)
  const [best, runnerUp] = found
  if (best && best.score >= fuzzyMinimum && best.score - (runnerUp?.score ?? 0) >= fuzzyMargin) {
    const span = trimSpaces(newer.text, best.start, best.end)
    if (span) {
      const same = foldForComparison(newer.text.slice(span.start, span.end)) === foldForComparison(target.exact)
      return {
        accepted: { class: same ? 'exact' : 'reworded', confidence: round(best.score), ...span, candidates: [] },
        seen: found,
      }
    }
  }
  return { accepted: null, seen: found }
}

/** An orphan, or a distinctive quote that occurs exactly once in each draft (then it moved, without a doubt). */
function orphan(alignment: DraftAlignment, target: TextTarget, seen: Placement['candidates']): Placement {
  const { newer, older } = alignment
  const places = [...seen]
  const occurrences = findAll(newer.text, target.exact, 2 * maximumCandidates)
  for (const at of occurrences) {
    places.push({
      start: at,
      end: at + target.exact.length,
      score: round(scoreSpan(newer.text, target, at, at + target.exact.length, 1)),
    })
  }
  if (
    target.exact.length >= distinctiveLength &&
    occurrences.length === 1 &&
    findAll(older.text, target.exact, 2).length === 1
  ) {
    const at = occurrences[0]!
    return { class: 'moved', confidence: 0.9, start: at, end: at + target.exact.length, candidates: [] }
  }
  const unique = new Map<string, Placement['candidates'][number]>()
  for (const place of places.sort((a, b) => b.score - a.score)) {
    const key = `${place.start}:${place.end}`
    if (!unique.has(key)) unique.set(key, place)
  }
  return {
    class: 'orphaned',
    confidence: 0,
    start: null,
    end: null,
    candidates: [...unique.values()].slice(0, maximumCandidates),
  }
}

function findAll(text: string, needle: string, limit: number): number[] {
  const found: number[] = []
  if (!needle) return found
  for (let at = text.indexOf(needle); at !== -1 && found.length < limit; at = text.indexOf(needle, at + 1))
    found.push(at)
  return found
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
