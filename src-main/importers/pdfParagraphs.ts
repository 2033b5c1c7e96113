import type { Block } from '../common/model/document'
import { startsListOrNumber } from '../common/text/plainTextBlocks'
import { measureLayout, paragraphGap, type PdfLayout } from './pdfLayout'
import type { PdfLine } from './pdfLines'

const sentenceEnd = /[.!?…:;]["'”’»)\]]*$/u

/**
 * Paragraphs from the lines of a PDF, rebuilt from where the lines sit rather than from how they start (see
 * `startsNewBlock`). Lines in a larger font than the body text are headings. Joined lines get one space, except
 * across a hyphenated line end (see `joinLines`). Paragraphs run on across pages unless the geometry says otherwise.
 */
export function blocksFromPdfLines(pages: readonly PdfLine[][]): Block[] {
  const lines = pages.flat()
  if (lines.length === 0) return []
  const layout = measureLayout(lines)
  const headingSizes = [...new Set(lines.map((line) => line.size).filter((size) => size > layout.body * 1.15))].sort(
    (a, b) => b - a,
  )

  const blocks: Block[] = []
  let group: PdfLine[] = []
  const flush = (): void => {
    const first = group[0]
    if (!first) return
    const text = group.slice(1).reduce((joined, line) => joinLines(joined, line.text), first.text)
    if (first.size > layout.body * 1.15) {
      blocks.push({ kind: 'heading', text, level: Math.min(6, headingSizes.indexOf(first.size) + 1 || 2) })
    } else blocks.push({ kind: /^\s*[-–—•]\s/.test(text) ? 'listItem' : 'paragraph', text })
    group = []
  }
  lines.forEach((line, index) => {
    const previous = group[group.length - 1]
    if (previous && startsNewBlock(previous, line, lines[index + 1], layout)) flush()
    group.push(line)
  })
  flush()
  return blocks
}

/**
 * Whether `line` starts a new block after `previous`: at a change of font size; at extra space between the lines
 * (same page); at a first-line indent (the line starts right of the text box and the line after it goes back
 * left); or after a short line, one that ends so far from the right edge that this line's first word would have
 * fitted there. Where paragraphs are set apart by space, a line that follows without it on the same page
 * continues its paragraph whatever its length (ragged text). A paragraph number or dash bullet starts a block only
 * after a line that ends a sentence: "Việt Nam" at a line end followed by "- Nga" is one phrase.
 */
function startsNewBlock(previous: PdfLine, line: PdfLine, next: PdfLine | undefined, layout: PdfLayout): boolean {
  if (Math.abs(previous.size - line.size) > layout.body * 0.1) return true
  const samePage = previous.page === line.page
  if (samePage && previous.y - line.y > layout.spacing * paragraphGap) return true
  if (isFirstLineIndent(previous, line, next, layout)) return true
  const wordGoesOn = /\p{L}[-\u00ad]$/u.test(previous.text) && /^\p{Ll}/u.test(line.text)
  if (!wordGoesOn && (!samePage || !layout.spaced) && endsShort(previous, line, layout)) return true
  return sentenceEnd.test(previous.text) && startsListOrNumber(line.text)
}

/** The line before ends early enough that this line's first word (and a space) would have fitted after it. */
function endsShort(previous: PdfLine, line: PdfLine, layout: PdfLayout): boolean {
  const room = layout.right - (previous.x + previous.width)
  return room > line.firstWord + line.size * 0.6
}

/**
 * A first-line indent: the line starts visibly right of the line before and of the text box, and the line after it
 * (on the same page) starts left of it again, or this line is the paragraph's only one (it ends short). A block
 * indented as a whole (a quotation) or a hanging indent keeps its lines at the same indent, and is not split.
 */
function isFirstLineIndent(previous: PdfLine, line: PdfLine, next: PdfLine | undefined, layout: PdfLayout): boolean {
  const step = layout.body * 0.5
  if (line.x - layout.left < step || line.x - previous.x < step) return false
  if (next && next.page === line.page && Math.abs(next.size - line.size) <= layout.body * 0.1) {
    if (line.x - next.x >= step) return true
  }
  return !next || next.page !== line.page || endsShort(line, next, layout)
}

/**
 * Join a line to the text before it. A soft hyphen at the end always goes. A hard hyphen goes only between two
 * lower-case letters ("coop-" + "eration") and not after a prefix English hyphenates ("well-" + "known" stays
 * "well-known"); a hyphen right after a word ("COVID-" + "19") stays and joins without a space; a free-standing
 * dash ("quốc phòng -") joins with a space.
 */
export function joinLines(before: string, next: string): string {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + next
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(next)) {
    return isLikelyCompound(before) ? before + next : before.slice(0, -1) + next
  }
  if (/[\p{L}\p{N}]-$/u.test(before) && /^[\p{L}\p{N}]/u.test(next)) return before + next
  return `${before} ${next}`
}

/** Prefixes that English writes with a real hyphen; a line break after them keeps the hyphen. */
function isLikelyCompound(before: string): boolean {
  const word = /(\p{L}+)-$/u.exec(before)?.[1]?.toLowerCase() ?? ''
  return [
    'well',
    'self',
    'non',
    'co',
    'ex',
    'anti',
    'post',
    'pre',
    'multi',
    'cross',
    'long',
    'short',
    'high',
    'low',
  ].includes(word)
}
