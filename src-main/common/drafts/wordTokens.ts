import { foldForComparison } from './comparisonFold'
import { splitLeadingNumber } from './leadingNumber'

/** One token of a paragraph: its span in the paragraph's text and its comparison key. */
export type WordToken = { start: number; end: number; key: string }

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' })
/** "[cân bằng]" and "[hài hòa]": a bracketed alternative is one token, so a resolved bracket is one change. */
const bracketedAlternative = /\[[^[\]\n]{1,300}\]/gu
const whiteSpace = /^\s+$/u
const spacesOrNot = /\s+|\S+/gu
const plainWord = /^[\p{L}\p{M}\p{N}]+$/u

/**
 * The tokens of one paragraph, in order and covering all of it: its leading number (one token, keyed apart so a
 * renumbered paragraph differs only there), bracketed alternatives, words, punctuation and runs of white space
 * (Intl.Segmenter's word boundaries, so Vietnamese syllables, Russian and English words all split where a reader
 * would). Keys are folded for comparison, so "hòa" and "hoà" are the same token.
 */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = []
  const { number, bodyStart } = splitLeadingNumber(text)
  if (number) {
    const numberEnd = text.indexOf(number) + number.length
    tokens.push({ start: 0, end: numberEnd, key: `§${number}` })
    if (bodyStart > numberEnd) tokens.push({ start: numberEnd, end: bodyStart, key: ' ' })
  }
  let cursor = bodyStart
  for (const bracket of text.slice(bodyStart).matchAll(bracketedAlternative)) {
    const start = bodyStart + bracket.index
    segmentInto(tokens, text, cursor, start)
    tokens.push({ start, end: start + bracket[0].length, key: foldForComparison(bracket[0]) })
    cursor = start + bracket[0].length
  }
  segmentInto(tokens, text, cursor, text.length)
  return tokens
}

function segmentInto(tokens: WordToken[], text: string, from: number, to: number): void {
  // Split on spaces first and segment only the pieces with punctuation: Intl.Segmenter slows down on long strings,
  // and a run of letters and digits between spaces is one word in the scripts of our drafts.
  for (const piece of text.slice(from, to).matchAll(spacesOrNot)) {
    const start = from + piece.index
    const value = piece[0]
    if (whiteSpace.test(value)) tokens.push({ start, end: start + value.length, key: ' ' })
    else if (plainWord.test(value)) tokens.push({ start, end: start + value.length, key: foldForComparison(value) })
    else {
      for (const segment of wordSegmenter.segment(value)) {
        const at = start + segment.index
        tokens.push({ start: at, end: at + segment.segment.length, key: foldForComparison(segment.segment) })
      }
    }
  }
}

/** Gives each distinct key a small integer, shared by both drafts, so the diff compares numbers. */
export class TokenIds {
  private readonly ids = new Map<string, number>()

  /** The integer of `key`, allocating one on first sight. */
  of(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(key, id)
    }
    return id
  }
}
