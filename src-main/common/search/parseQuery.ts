import { foldText, type FoldMode } from './fold'
import { tokenize } from './tokens'

/** One thing to look for: a word, or a phrase of words in order; the last word may be a prefix (`năng lư*`). */
export type SearchTerm = { tokens: string[]; prefix: boolean }

/** What the user typed, understood. Groups are ANDed; the terms inside a group are ORed. */
export type ParsedQuery =
  | { status: 'ok'; groups: SearchTerm[][]; exclusions: SearchTerm[]; mode: FoldMode; truncated: boolean }
  /** Nothing searchable was typed (only spaces, quotes, punctuation or operators). */
  | { status: 'empty' }
  /** Only exclusions (`-word`, `NOT word`): there is nothing to look for yet. */
  | { status: 'onlyExclusions' }

/** Longest query read; the rest is ignored (and `truncated` says so). */
export const maxQueryLength = 1000
/** Most terms read. */
export const maxTerms = 32

type RawItem = { kind: 'word' | 'phrase'; text: string } | { kind: 'or' } | { kind: 'not' }

/**
 * Read a query the way people type one: words are ANDed; `"…"` is a phrase (an unclosed quote runs to the end);
 * `word*` is a prefix; `OR` (or `|`) between terms means either; `-word` or `NOT word` excludes. Anything else
 * (brackets, stray `*`, `NEAR`, a lone `-`, `AND`) is plain text or ignored. The result holds only folded word
 * tokens, never the user's characters, so it cannot carry FTS5 syntax (see `toFtsQuery`).
 */
export function parseQuery(input: string, mode: FoldMode = 'loose'): ParsedQuery {
  const truncated = input.length > maxQueryLength
  const items = scan(input.slice(0, maxQueryLength).normalize('NFC'))
  const groups: SearchTerm[][] = []
  const exclusions: SearchTerm[] = []
  let negateNext = false
  let joinNext = false
  let termCount = 0
  for (const item of items) {
    if (item.kind === 'or') {
      joinNext = groups.length > 0
      continue
    }
    if (item.kind === 'not') {
      negateNext = true
      continue
    }
    let text = item.text
    let negated = negateNext
    negateNext = false
    if (item.kind === 'word' && text.startsWith('-')) {
      negated = true
      text = text.replace(/^-+/, '')
    }
    const prefix = item.kind === 'word' ? /\*+$/.test(text) : /\*\s*$/.test(text)
    const tokens = tokenize(foldText(text, mode)).map((token) => token.text)
    if (tokens.length === 0 || termCount >= maxTerms) {
      joinNext = false
      continue
    }
    termCount++
    // A one-letter prefix would read the index entry of every word starting with that letter; it is taken as a word.
    const term: SearchTerm = { tokens, prefix: prefix && (tokens.at(-1)?.length ?? 0) >= 2 }
    if (negated) exclusions.push(term)
    else if (joinNext) groups.at(-1)?.push(term)
    else groups.push([term])
    joinNext = false
  }
  if (groups.length > 0) return { status: 'ok', groups, exclusions, mode, truncated }
  return exclusions.length > 0 ? { status: 'onlyExclusions' } : { status: 'empty' }
}

function scan(input: string): RawItem[] {
  const items: RawItem[] = []
  let index = 0
  while (index < input.length) {
    const char = input[index] ?? ''
    if (/\s/u.test(char)) {
      index++
    } else if (isQuote(char)) {
      let close = index + 1
      while (close < input.length && !isQuote(input[close] ?? '')) close++
      items.push({ kind: 'phrase', text: input.slice(index + 1, close) })
      index = close + 1
    } else {
      let end = index
      while (end < input.length && !/\s/u.test(input[end] ?? '') && !isQuote(input[end] ?? '')) end++
      const word = input.slice(index, end)
      if (word === 'OR' || word === '|') items.push({ kind: 'or' })
      else if (word === 'NOT') items.push({ kind: 'not' })
      else if (word !== 'AND') items.push({ kind: 'word', text: word })
      index = end
    }
  }
  return items
}

function isQuote(char: string): boolean {
  return char === '"' || char === '“' || char === '”' || char === '„'
}
