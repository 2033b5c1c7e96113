/**
 * Text folded the way people read it, for comparing two drafts: NFC, Vietnamese tone marks in either placement
 * ("hòa" typed as h+ò+a or h+o+à) equal, every run of white space one space, and curly, angled and straight quotes
 * one quote each. Folding is only ever applied to a copy used as a key: offsets always count in the canonical text.
 */

// The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook above, dot below).
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/gu
const spaces = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu
const doubleQuotes = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/gu
const singleQuotes = /[\u2018\u2019\u201a\u201b\u2039\u203a\u2032]/gu
const letters = /\p{L}/u

/**
 * The comparison key of a word: tone marks are taken off wherever they sit and put back after the word's letters,
 * so both Vietnamese placements of a tone fold to one key. Words without tone marks keep their NFC form.
 */
function foldWord(word: string): string {
  const cached = foldedWords.get(word)
  if (cached !== undefined) return cached
  const folded = foldWordOnce(word)
  // Words repeat: a megabyte of text has a few thousand distinct ones, so each is folded once.
  if (foldedWords.size > 100_000) foldedWords.clear()
  foldedWords.set(word, folded)
  return folded
}

const foldedWords = new Map<string, string>()

function foldWordOnce(word: string): string {
  const decomposed = word.normalize('NFD')
  const tones = decomposed.match(toneMarks)
  if (!tones) return word.normalize('NFC')
  return decomposed.replace(toneMarks, '').normalize('NFC') + tones.join('')
}

/** The comparison form of any text: each word folded for tone placement, spaces and quotes unified. */
export function foldForComparison(text: string): string {
  // Tokens are folded one by one and repeat endlessly: remember the short ones.
  if (text.length > 48) return foldUncached(text)
  const cached = foldedTokens.get(text)
  if (cached !== undefined) return cached
  const folded = foldUncached(text)
  if (foldedTokens.size > 100_000) foldedTokens.clear()
  foldedTokens.set(text, folded)
  return folded
}

const foldedTokens = new Map<string, string>()

function foldUncached(text: string): string {
  const unified = text.replace(spaces, ' ').replace(doubleQuotes, '"').replace(singleQuotes, "'")
  // ASCII, Cyrillic and other text without Latin diacritics needs no tone handling.
  if (!/[\u0300-\u036f\u00c0-\u1ef9]/u.test(unified)) return unified.normalize('NFC')
  return unified.replace(/[\p{L}\p{M}]+/gu, (word) => (letters.test(word) ? foldWord(word) : word))
}
