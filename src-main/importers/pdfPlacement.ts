import type { IncomingAnnotation, IncomingComment } from '../common/model/incomingAnnotation'
import { nearestWord } from '../common/text/nearestWord'
import type { PdfTextItem } from './pdfLines'
import type { Box, PdfMarkup } from './pdfMarkup'

/** A page's text items in content order, as the text layer had them. */
export type PageItems = { page: number; items: readonly PdfTextItem[] }

/** The characters a markup covers on its page, with the page text around them. */
type Covered = { text: string; before: string; after: string }

const separator = '\uFDD2'
/** Page text kept on each side of a markup: long enough to tell apart paragraphs that differ only in their number. */
const contextLength = 300

/**
 * Place PDF annotations in the canonical text. Geometry first: a quad covers the characters of the text items whose
 * middle lies inside it (a character's place within its item is its share of the item's width); a note covers the
 * item nearest to its icon. The covered run is then looked up in the canonical text with white space and item joins
 * free; if it occurs more than once, the page text on either side decides, and a tie is never broken by guessing:
 * that annotation comes in unplaced, with its text. Replies (/IRT) join their parent's thread; a highlight cut by a
 * page break (one annotation per page, same author and comment) becomes one annotation.
 */
export function placePdfMarkup(
  markups: readonly PdfMarkup[],
  pages: readonly PageItems[],
  text: string,
): IncomingAnnotation[] {
  const itemsOf = new Map(pages.map((page) => [page.page, page.items]))
  const threads = new Map<string, { annotation: IncomingAnnotation; ids: string[] }>()
  const incoming: IncomingAnnotation[] = []
  let previous: { markup: PdfMarkup; annotation: IncomingAnnotation } | null = null
  for (const markup of markups) {
    const parent = markup.inReplyTo ? threads.get(markup.inReplyTo) : undefined
    if (parent) {
      const comment: IncomingComment = {
        author: markup.author,
        body: markup.contents,
        createdAt: markup.date,
        parent: Math.max(0, parent.ids.indexOf(markup.inReplyTo!)),
      }
      if (parent.annotation.comments.length === 0) comment.parent = null
      parent.annotation.comments.push(comment)
      parent.ids.push(markup.id)
      threads.set(markup.id, parent)
      continue
    }
    const covered = coveredText(itemsOf.get(markup.page) ?? [], markup)
    let span = covered ? locate(text, covered) : null
    if (span && markup.kind === 'note') span = nearestWord(text, span.start)
    if (previous && span && continues(previous, markup, span, text)) {
      previous.annotation.span!.end = span.end
      threads.set(markup.id, threads.get(previous.markup.id)!)
      previous = { markup, annotation: previous.annotation }
      continue
    }
    const annotation: IncomingAnnotation = {
      span,
      quote: covered?.text.replaceAll(separator, ' ').replace(/\s+/g, ' ').trim() ?? '',
      color: markup.color,
      author: markup.author,
      createdAt: markup.date,
      resolved: false,
      comments: markup.contents
        ? [{ author: markup.author, body: markup.contents, createdAt: markup.date, parent: null }]
        : [],
    }
    incoming.push(annotation)
    threads.set(markup.id, { annotation, ids: annotation.comments.length > 0 ? [markup.id] : [] })
    previous = { markup, annotation }
  }
  return incoming
}

/** The same highlight carried on across a page break: same author, comment and colour, only white space between. */
function continues(
  previous: { markup: PdfMarkup; annotation: IncomingAnnotation },
  markup: PdfMarkup,
  span: { start: number; end: number },
  text: string,
): boolean {
  const { markup: before, annotation } = previous
  if (!annotation.span || markup.page !== before.page + 1 || markup.kind !== 'markup') return false
  if (markup.author !== before.author || markup.contents !== before.contents || markup.color !== before.color)
    return false
  return span.start >= annotation.span.end && /^\s*$/.test(text.slice(annotation.span.end, span.start))
}

/** The characters under a markup's boxes (or nearest a note's icon), in content order, with context. */
function coveredText(items: readonly PdfTextItem[], markup: PdfMarkup): Covered | null {
  const joined = items.map((item) => item.str)
  const starts: number[] = []
  let length = 0
  for (const piece of joined) {
    starts.push(length)
    length += piece.length + 1
  }
  const page = joined.join(separator)
  let first = Infinity
  let last = -1
  const pieces: string[] = []
  if (markup.kind === 'note') {
    const box = markup.boxes[0]!
    let best = -1
    let bestDistance = Infinity
    items.forEach((item, index) => {
      if (!item.str.trim()) return
      const x = item.transform[4] ?? 0
      const y = item.transform[5] ?? 0
      const distance = Math.hypot(Math.max(0, x - box.left, box.left - (x + item.width)), y - box.top)
      if (distance < bestDistance) {
        best = index
        bestDistance = distance
      }
    })
    if (best < 0) return null
    first = starts[best]!
    last = starts[best]! + items[best]!.str.length - 1
    pieces.push(items[best]!.str)
  } else {
    // Only characters inside a box count: text printed between two highlighted lines (a margin note) is not covered.
    items.forEach((item, index) => {
      let from = Infinity
      let to = -1
      for (const box of markup.boxes) {
        const range = charactersInBox(item, box)
        if (!range) continue
        from = Math.min(from, range.from)
        to = Math.max(to, range.to)
      }
      if (to < 0) return
      pieces.push(item.str.slice(from, to))
      first = Math.min(first, starts[index]! + from)
      last = Math.max(last, starts[index]! + to - 1)
    })
  }
  if (last < first) return null
  const covered = pieces.join(separator)
  if (!covered.replaceAll(separator, '').trim()) return null
  return {
    text: covered,
    before: page.slice(Math.max(0, first - contextLength), first),
    after: page.slice(last + 1, last + 1 + contextLength),
  }
}

/** Which characters of an item lie in a box: its baseline band inside the box, each character's middle inside it. */
function charactersInBox(item: PdfTextItem, box: Box): { from: number; to: number } | null {
  if (!item.str) return null
  const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 1
  const x = item.transform[4] ?? 0
  const middle = (item.transform[5] ?? 0) + size * 0.3
  if (middle < box.bottom || middle > box.top) return null
  const advance = item.width / item.str.length
  let from = -1
  let to = -1
  for (let index = 0; index < item.str.length; index += 1) {
    const center = x + (index + 0.5) * advance
    if (center < box.left || center > box.right) continue
    if (from < 0) from = index
    to = index + 1
  }
  if (from < 0) return null
  // Widths are shares of the item, not real glyph widths, so an edge can fall a letter short inside a word. Complete
  // the word only when its end is within a letter and a half of the box's edge; otherwise keep what is inside.
  const letter = (index: number): boolean => /[\p{L}\p{N}\p{M}]/u.test(item.str[index] ?? '')
  let end = to
  while (letter(end) && letter(end - 1) && x + (end + 0.5) * advance <= box.right + advance * 1.5) end += 1
  if (!letter(end)) to = end
  let start = from
  while (letter(start - 1) && letter(start) && x + (start - 0.5) * advance >= box.left - advance * 1.5) start -= 1
  if (!letter(start - 1)) from = start
  return { from, to }
}

/** Where the covered run is in the canonical text: the one occurrence, or the one its context picks out; else null. */
function locate(text: string, covered: Covered): { start: number; end: number } | null {
  const pattern = flexible(covered.text.trim())
  if (!pattern) return null
  const matches = [...text.matchAll(new RegExp(pattern, 'gu'))].slice(0, 200)
  if (matches.length === 0) return null
  const spans = matches.map((match) => ({ start: match.index, end: match.index + match[0].length }))
  if (spans.length === 1) return spans[0]!
  const scored = spans
    .map((span) => ({
      span,
      score:
        commonSuffix(squash(text.slice(Math.max(0, span.start - contextLength), span.start)), squash(covered.before)) +
        commonPrefix(squash(text.slice(span.end, span.end + contextLength)), squash(covered.after)),
    }))
    .sort((a, b) => b.score - a.score)
  return scored[0]!.score > scored[1]!.score ? scored[0]!.span : null
}

/** A pattern for the covered run: white space matches any white space, an item join matches any or none. */
function flexible(covered: string): string {
  let pattern = ''
  for (const part of covered.split(/(\s+|\uFDD2+)/u)) {
    if (!part) continue
    if (part.includes(separator)) pattern += '\\s*'
    else if (/^\s+$/u.test(part)) pattern += '\\s+'
    else pattern += part.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  }
  return pattern.replace(/^(\\s[*+])+|(\\s[*+])+$/g, '')
}

function squash(value: string): string {
  return value.replace(/[\s\uFDD2]+/gu, '').normalize('NFC')
}

function commonSuffix(a: string, b: string): number {
  let count = 0
  while (count < a.length && count < b.length && a[a.length - 1 - count] === b[b.length - 1 - count]) count += 1
  return count
}

function commonPrefix(a: string, b: string): number {
  let count = 0
  while (count < a.length && count < b.length && a[count] === b[count]) count += 1
  return count
}
