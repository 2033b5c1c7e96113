import type { TextTarget } from '../model/annotation'
import { contextLength } from './describe'
import { snapToGraphemes } from './graphemes'
import { endAlignment, wholeAlignmentLength } from './limits'
import { bestMatchEnd, boundedSimilarity, similarity } from './similarity'

/** Where a target was found and how: by its stored position, by its exact quote, or by a fuzzy search. */
export type Anchor = { start: number; end: number; score: number; method: 'position' | 'quote' | 'fuzzy' }

export type AnchorOptions = {
  /** Candidates scoring below this (0–1) are not trusted; the annotation is then orphaned. */
  minScore?: number
  /** A fuzzy candidate's quote must be at least this similar to the stored quote. */
  minQuoteSimilarity?: number
}

// Weights follow Hypothesis' anchoring: the quote matters most, its context next, the old position a little.
const weights = { quote: 50, prefix: 20, suffix: 20, position: 10 }
const total = weights.quote + weights.prefix + weights.suffix + weights.position
/** Quotes shorter than this are common phrases ("Hai bên"): an exact match also needs its context to agree. */
const distinctiveLength = 32
const maxOccurrences = 500
const maxCandidates = 12

/**
 * Find where a stored target now lives in `text`: the stored position first (cheap, exact), then an exact quote
 * search (with duplicates, the copy whose context and position agree best), then a fuzzy search seeded by pieces
 * of the quote and by the context, scored by quote, prefix and suffix similarity and distance from the old position.
 * Trade-off: a short quote whose context changed completely is orphaned rather than guessed, because drawing a
 * highlight in the wrong place is worse than asking the user to re-attach it.
 * @returns null when no candidate is good enough; the caller marks the annotation orphaned.
 */
export function anchorTarget(text: string, stored: TextTarget, options: AnchorOptions = {}): Anchor | null {
  const minScore = options.minScore ?? 0.6
  const minQuote = options.minQuoteSimilarity ?? 0.6
  // Context is compared character by character: never more of it than the app itself stores (a file may carry more).
  const target = {
    ...stored,
    prefix: stored.prefix.slice(-contextLength),
    suffix: stored.suffix.slice(0, contextLength),
  }
  const { exact } = target
  if (exact.length === 0) return null
  if (text.slice(target.start, target.end) === exact) {
    return { start: target.start, end: target.end, score: 1, method: 'position' }
  }
  let best: Anchor | null = null
  for (const start of occurrences(text, exact)) {
    const score = scoreSpan(text, target, start, start + exact.length, 1)
    if (!best || score > best.score) best = { start, end: start + exact.length, score, method: 'quote' }
  }
  if (best && trusted(text, target, best, minScore)) return best
  best = null
  for (const guess of candidateStarts(text, target)) {
    const span = exact.length > wholeAlignmentLength ? alignEnds(text, exact, guess) : alignQuote(text, exact, guess)
    if (!span || span.quoteSimilarity < minQuote) continue
    const snapped = snapToGraphemes(text, span.start, span.end)
    const score = scoreSpan(text, target, snapped.start, snapped.end, span.quoteSimilarity)
    if (!best || score > best.score) best = { ...snapped, score, method: 'fuzzy' }
  }
  return best && trusted(text, target, best, minScore) ? best : null
}

/** Score (0–1) of the span [start, end) as the new place of `target`, given how similar its quote is. */
export function scoreSpan(
  text: string,
  target: TextTarget,
  start: number,
  end: number,
  quoteSimilarity: number,
): number {
  const { prefix, suffix } = contextSimilarity(text, target, start, end)
  const distance = Math.abs(start - target.start) / Math.max(1, text.length)
  const score =
    weights.quote * quoteSimilarity +
    weights.prefix * prefix +
    weights.suffix * suffix +
    weights.position * (1 - Math.min(1, distance))
  return score / total
}

function contextSimilarity(text: string, target: TextTarget, start: number, end: number) {
  const before = text.slice(Math.max(0, start - target.prefix.length), start)
  const after = text.slice(end, end + target.suffix.length)
  return { prefix: similarity(target.prefix, before), suffix: similarity(target.suffix, after) }
}

function trusted(text: string, target: TextTarget, anchor: Anchor, minScore: number): boolean {
  if (anchor.score < minScore) return false
  if (target.exact.length >= distinctiveLength) return true
  const { prefix, suffix } = contextSimilarity(text, target, anchor.start, anchor.end)
  return (prefix + suffix) / 2 >= 0.5
}

function occurrences(text: string, needle: string, limit = maxOccurrences): number[] {
  const found: number[] = []
  for (let at = text.indexOf(needle); at !== -1 && found.length < limit; at = text.indexOf(needle, at + 1)) {
    found.push(at)
  }
  return found
}

/**
 * Likely start offsets for a fuzzy match: where pieces of the quote still occur (each vote shifted back by the
 * piece's place in the quote), where the prefix ends and where the suffix begins. Votes are clustered and the best
 * supported guesses kept, nearest the old position first among equals.
 */
function candidateStarts(text: string, target: TextTarget): number[] {
  const { exact, prefix, suffix } = target
  const votes: number[] = [target.start]
  const piece = Math.max(4, Math.min(24, Math.floor(exact.length / 4)))
  for (let offset = 0; offset + piece <= exact.length; offset += piece) {
    for (const at of occurrences(text, exact.slice(offset, offset + piece), 100)) votes.push(at - offset)
  }
  const tail = prefix.slice(-16)
  if (tail.length >= 8) for (const at of occurrences(text, tail, 100)) votes.push(at + tail.length)
  const head = suffix.slice(0, 16)
  if (head.length >= 8) for (const at of occurrences(text, head, 100)) votes.push(at - exact.length)
  votes.sort((a, b) => a - b)
  const radius = Math.max(16, exact.length >> 1)
  const clusters: { start: number; votes: number }[] = []
  for (const vote of votes) {
    const last = clusters[clusters.length - 1]
    if (last && vote - last.start <= radius) last.votes++
    else clusters.push({ start: vote, votes: 1 })
  }
  clusters.sort((a, b) => b.votes - a.votes || Math.abs(a.start - target.start) - Math.abs(b.start - target.start))
  return clusters.slice(0, maxCandidates).map((cluster) => cluster.start)
}

/** Align the quote with edits inside a window around `guess`; returns the span and how similar it is. */
function alignQuote(text: string, quote: string, guess: number, slack = Math.max(32, quote.length >> 1)) {
  const from = Math.max(0, guess - slack)
  const to = Math.min(text.length, guess + quote.length + slack)
  if (to <= from) return null
  const window = text.slice(from, to)
  const forward = bestMatchEnd(quote, window)
  const reversedWindow = reverse(window.slice(0, forward.end))
  const backward = bestMatchEnd(reverse(quote), reversedWindow)
  const start = from + forward.end - backward.end
  const end = from + forward.end
  if (end <= start) return null
  return { start, end, quoteSimilarity: similarity(quote, text.slice(start, end)) }
}

/**
 * Align a long quote by its ends: where its head begins near `guess` and where its tail ends near `guess` plus its
 * length. Linear in the quote's length; the middle is compared by a bounded similarity rather than aligned.
 */
function alignEnds(text: string, quote: string, guess: number) {
  const { length, slack } = endAlignment
  const head = alignQuote(text, quote.slice(0, length), guess, slack)
  const tail = alignQuote(text, quote.slice(-length), guess + quote.length - length, slack)
  if (!head || !tail || tail.end <= head.start) return null
  const quoteSimilarity = boundedSimilarity(quote, text.slice(head.start, tail.end))
  return { start: head.start, end: tail.end, quoteSimilarity }
}

function reverse(value: string): string {
  let out = ''
  for (let i = value.length - 1; i >= 0; i--) out += value[i]
  return out
}
