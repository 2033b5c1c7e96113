import type { Block } from '../common/model/document'
import { startsListOrNumber } from '../common/text/plainTextBlocks'
import type { PdfLine } from './pdfLines'

const sentenceEnd = /[.!?…:;]["'”’»)\]]*$/u

/**
 * Paragraphs from the lines of a PDF. A new block starts at a larger vertical gap than the usual line spacing, at a
 * change of font size, at a paragraph number or dash bullet, or after a short line that ends a sentence. Lines in
 * a larger font than the body text are headings. Joined lines get one space, except across a hyphenated line end
 * (see `joinLines`). Paragraphs continue across pages when the text clearly runs on.
 */
export function blocksFromPdfLines(pages: readonly PdfLine[][]): Block[] {
  const lines = pages.flat()
  if (lines.length === 0) return []
  const body = mostCommon(lines.map((line) => Math.round(line.size * 2) / 2))
  const spacing = mostCommon(
    lines.slice(1).flatMap((line, index) => {
      const previous = lines[index]!
      const gap = previous.y - line.y
      return previous.page === line.page && gap > 0 && Math.abs(line.size - body) < 0.5 ? [Math.round(gap)] : []
    }),
  )
  const widest = Math.max(...lines.map((line) => line.width))
  const headingSizes = [...new Set(lines.map((line) => line.size).filter((size) => size > body * 1.15))].sort(
    (a, b) => b - a,
  )

  const blocks: Block[] = []
  let group: PdfLine[] = []
  const flush = (): void => {
    const first = group[0]
    if (!first) return
    const text = group.slice(1).reduce((joined, line) => joinLines(joined, line.text), first.text)
    if (first.size > body * 1.15) {
      blocks.push({ kind: 'heading', text, level: Math.min(6, headingSizes.indexOf(first.size) + 1 || 2) })
    } else blocks.push({ kind: /^\s*[-–—•]\s/.test(text) ? 'listItem' : 'paragraph', text })
    group = []
  }
  for (const line of lines) {
    const previous = group[group.length - 1]
    if (previous && startsNewBlock(previous, line, { body, spacing, widest })) flush()
    group.push(line)
  }
  flush()
  return blocks
}

function startsNewBlock(
  previous: PdfLine,
  line: PdfLine,
  layout: { body: number; spacing: number; widest: number },
): boolean {
  if (Math.abs(previous.size - line.size) > layout.body * 0.1) return true
  if (startsListOrNumber(line.text)) return true
  const ended = sentenceEnd.test(previous.text)
  if (previous.page !== line.page) return ended || !/^\p{Ll}/u.test(line.text)
  const gap = previous.y - line.y
  if (layout.spacing > 0 && gap > layout.spacing * 1.4) return true
  return ended && previous.width < layout.widest * 0.75
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

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best = 0
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count]
  }
  return best
}
