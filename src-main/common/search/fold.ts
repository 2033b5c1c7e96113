/**
 * Folding: the form text takes in the search index and in queries, so that the way a word is typed does not decide
 * whether it is found. Two forms:
 * - `loose` (the default): lower case, Vietnamese tone and vowel marks removed, đ → d, Russian ё → е, while й and
 *   other Cyrillic letters stay what they are (й is a letter of its own, not и with a mark);
 * - `exact` ("match diacritics"): lower case and NFC only, so a query typed with marks must match them.
 * NFC and NFD input fold to the same string in both forms.
 */
export type FoldMode = 'loose' | 'exact'

const combiningMarks = /\p{M}/gu
// Decomposed й / Й: their breve is part of the letter, so it is put back before marks are dropped.
const decomposedShortI = /([\u0418\u0438])\u0306/g
const shortIPlaceholder = '\u{F0000}'
const placeholderPattern = /\u{F0000}/gu

/** Fold a whole string; used for the index column (through the SQL function) and for query tokens. */
export function foldText(text: string, mode: FoldMode = 'loose'): string {
  // Greek final sigma lowers differently by position; both forms fold to σ so the result is the same per character.
  const lower = text.toLowerCase().replace(/ς/g, 'σ')
  if (mode === 'exact') return lower.normalize('NFC')
  return lower
    .normalize('NFD')
    .replace(decomposedShortI, shortIPlaceholder)
    .replace(combiningMarks, '')
    .replace(placeholderPattern, 'й')
    .replace(/đ/g, 'd')
    .normalize('NFC')
}

/** True when `text` carries any mark or letter that loose folding would change beyond case. */
export function hasDiacritics(text: string): boolean {
  return foldText(text, 'loose') !== foldText(text, 'exact')
}

/** Folded text with, for each of its UTF-16 units, the range of the original text it came from. */
export type FoldedText = {
  folded: string
  /**
   * starts[i]: offset in the original where the character behind folded unit i starts; ends[i]: just after it,
   * including combining marks that followed it. Both null when folding kept every offset (unit i came from unit i).
   */
  starts: number[] | null
  ends: number[] | null
}

/**
 * Fold `text` character by character (a base character with the combining marks after it), keeping where each
 * folded unit came from, so a match found in folded text can be highlighted in the original accented text.
 * Slower than `foldText`; used on the few passages shown as results, never on the whole library.
 */
export function foldWithOffsets(text: string, mode: FoldMode = 'loose'): FoldedText {
  // NFC text without combining marks folds one unit to one unit (đ → d, ệ → e, Ё → е), which is nearly all stored
  // text: then the whole-string fold is the answer and offsets stay where they are.
  const whole = foldText(text, mode)
  if (whole.length === text.length && !/\p{M}/u.test(text)) return { folded: whole, starts: null, ends: null }
  let folded = ''
  const starts: number[] = []
  const ends: number[] = []
  let index = 0
  while (index < text.length) {
    const start = index
    index += codePointLength(text, index)
    while (index < text.length && isCombiningMark(text, index)) index += codePointLength(text, index)
    const piece = foldCluster(text, start, index, mode)
    folded += piece
    for (let unit = 0; unit < piece.length; unit++) {
      starts.push(start)
      ends.push(index)
    }
  }
  return { folded, starts, ends }
}

/** Map a range of folded text back to the original text it came from. */
export function originalRange(map: FoldedText, start: number, end: number): { start: number; end: number } {
  if (!map.starts || !map.ends) return { start, end }
  if (map.starts.length === 0) return { start: 0, end: 0 }
  const last = map.starts.length - 1
  const from = map.starts[Math.min(start, last)] ?? 0
  const to = end > start ? (map.ends[Math.min(end - 1, last)] ?? from) : from
  return { start: from, end: to }
}

// Clusters repeat endlessly in real text (a Vietnamese page uses a few hundred), so each is folded once.
const clusterCache: Record<FoldMode, Map<string, string>> = { loose: new Map(), exact: new Map() }

function foldCluster(text: string, start: number, end: number, mode: FoldMode): string {
  if (end === start + 1) {
    const code = text.charCodeAt(start)
    if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[start]!
  }
  const cluster = text.slice(start, end)
  const cache = clusterCache[mode]
  let folded = cache.get(cluster)
  if (folded === undefined) {
    folded = foldText(cluster, mode)
    if (cache.size > 20_000) cache.clear()
    cache.set(cluster, folded)
  }
  return folded
}

function codePointLength(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0
  return code > 0xffff ? 2 : 1
}

function isCombiningMark(text: string, index: number): boolean {
  // No combining mark lies below U+0300; most text never reaches the regular expression.
  if (text.charCodeAt(index) < 0x300) return false
  return /\p{M}/u.test(String.fromCodePoint(text.codePointAt(index) ?? 0))
}
