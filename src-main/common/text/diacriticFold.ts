/**
 * Folding for find in document and the library filter: case, diacritics and đ/Đ are ignored, so "duong sat" finds "đường sắt" and
 * "ДОМ" finds "дом". Each character of the text is folded on its own (NFD, combining marks dropped, lower case,
 * đ → d), keeping for every folded character the offset of the character it came from, so a match in the folded
 * text maps back to exact canonical offsets. Characters are cached: a 5 MB text has only a few hundred distinct ones.
 */

/**
 * A folded text and, for each of its UTF-16 units, the offset in the original it came from. `keepDiacritics` is
 * set for the "Match diacritics" form: only case (and odd spaces) folded, so "Đảng" does not find "đang".
 */
export type FoldedText = { text: string; origins: Int32Array; sourceLength: number; keepDiacritics?: boolean }

const combiningMark = /\p{M}/u
const combiningMarks = /\p{M}/gu
const oddSpaces = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g
const looseCache = new Map<string, string>()
const exactCache = new Map<string, string>()

/** Fold one character (a code point, as a string); with `keepDiacritics`, case and spaces only. */
export function foldCharacter(character: string, keepDiacritics = false): string {
  const cache = keepDiacritics ? exactCache : looseCache
  const cached = cache.get(character)
  if (cached !== undefined) return cached
  const folded = keepDiacritics
    ? character.toLowerCase().replace(oddSpaces, ' ')
    : character
        .normalize('NFD')
        .replace(combiningMarks, '')
        .toLowerCase()
        .replace(/đ/g, 'd')
        // Non-breaking and other spaces match a typed space.
        .replace(oddSpaces, ' ')
  cache.set(character, folded)
  return folded
}

/** Fold a query the same way as the text. */
export function foldQuery(query: string, keepDiacritics = false): string {
  let folded = ''
  for (const character of query.normalize('NFC')) folded += foldCharacter(character, keepDiacritics)
  return folded
}

/** Fold a whole text, remembering where each folded unit came from; see `FoldedText` for `keepDiacritics`. */
export function foldText(text: string, keepDiacritics = false): FoldedText {
  const origins = new Int32Array(text.length + 1)
  let folded = ''
  let length = 0
  const parts: string[] = []
  for (let offset = 0; offset < text.length;) {
    const code = text.charCodeAt(offset)
    // ASCII letters and digits fold to themselves (lower-cased): the common case, kept cheap.
    if (code < 0x80) {
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[offset]!)
      origins[length++] = offset
      offset++
      continue
    }
    const width = code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length ? 2 : 1
    const piece = foldCharacter(text.slice(offset, offset + width), keepDiacritics)
    for (let unit = 0; unit < piece.length; unit++) origins[length++] = offset
    if (piece) parts.push(piece)
    offset += width
    if (parts.length > 4096) {
      folded += parts.join('')
      parts.length = 0
    }
  }
  folded += parts.join('')
  return { text: folded, origins: origins.subarray(0, length), sourceLength: text.length, keepDiacritics }
}

/** A match, as canonical offsets [start, end). */
export type TextSpan = { start: number; end: number }

/** Every match of `query` in the folded text, as offsets into the original, in order; at most `limit`. */
export function findAll(source: string, folded: FoldedText, query: string, limit = 100_000): TextSpan[] {
  const needle = foldQuery(query, folded.keepDiacritics)
  if (!needle.trim()) return []
  const spans: TextSpan[] = []
  for (let at = folded.text.indexOf(needle); at >= 0 && spans.length < limit;) {
    const start = folded.origins[at]!
    const last = at + needle.length - 1
    let end = folded.origins[last]! + 1
    const lastCode = source.charCodeAt(end - 1)
    if (lastCode >= 0xd800 && lastCode <= 0xdbff) end++
    // Combining marks after the last matched letter belong to it.
    while (end < source.length && combiningMark.test(source[end]!)) end++
    spans.push({ start, end })
    at = folded.text.indexOf(needle, at + needle.length)
  }
  return spans
}
