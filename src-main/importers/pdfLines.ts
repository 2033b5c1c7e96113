/**
 * One line of text on a PDF page, in PDF units (origin bottom left). `firstWord` is the printed width of the line's
 * first word: whether it would have fitted at the end of the line before tells a paragraph's last line from a full one.
 */
export type PdfLine = {
  text: string
  x: number
  y: number
  width: number
  size: number
  page: number
  firstWord: number
}

/** A text item as pdfjs-dist gives it (only what we use). */
export type PdfTextItem = { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean }

/**
 * Lines from a page's text items, in content order (which is reading order for the documents we meet, including
 * two-column layouts that sorting by position would interleave). A new line starts when the baseline moves by more
 * than half the font size; a space is inserted where items are visibly apart.
 */
export function linesOfPage(items: readonly PdfTextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = []
  let current: PdfLine | null = null
  let breakAfter = false
  for (const item of items) {
    const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 1
    const x = item.transform[4] ?? 0
    const y = item.transform[5] ?? 0
    if (item.str === '' && !item.hasEOL) continue
    // A line that has only white space so far (pdfjs adds spaces between runs) takes its place from the first text.
    if (!current || breakAfter || !current.text.trim() || Math.abs(y - current.y) > size * 0.5) {
      if (current && current.text.trim()) lines.push(current)
      current = { text: item.str, x, y, width: item.width, size, page, firstWord: wordWidth(item) }
    } else {
      const gap = x - (current.x + current.width)
      const joined = /\s$/.test(current.text) || /^\s/.test(item.str)
      current.text += !joined && gap > size * 0.15 ? ` ${item.str}` : item.str
      current.width = Math.max(current.width, x + item.width - current.x)
      current.size = Math.max(current.size, size)
    }
    breakAfter = item.hasEOL === true
  }
  if (current && current.text.trim()) lines.push(current)
  // Only ordinary white space is folded: a no-break space ("Liên bang\u00a0Nga") is text and stays.
  return lines.map((line) => ({ ...line, text: line.text.replace(/[ \t\r\n]+/g, ' ').trim() }))
}

/**
 * The printed width of an item's first word (with a dash before it, its word). Within one item, glyphs share the
 * item's width by count, except that the spaces of a justified line are stretched: so they count for less.
 */
function wordWidth(item: PdfTextItem): number {
  const text = item.str.trimStart()
  // A dash is kept with the word after it (typesetters avoid ending a line on one), so the two count as one.
  const word = /^(?:[-–—]\s+)?\S+/u.exec(text)?.[0] ?? ''
  const glyphs = text.replace(/\s+/gu, '').length
  const spaces = text.trimEnd().length - glyphs
  if (!word || glyphs === 0) return 0
  // A space is about half a glyph wide; counted at that, a stretched line overstates the word a little, which errs
  // towards joining lines.
  return (item.width * word.length) / (glyphs + spaces * 0.5)
}

const pageNumber =
  /^(?:(?:page|trang|стр\.?|страница|p\.)\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:\/|of|trên|из)\s*\d{1,4})?$/i

/**
 * Leave out running headers and footers: lines in the top or bottom 10% of the page that repeat (digits ignored)
 * on at least half the pages of a multi-page document, and page numbers in those margins on any page.
 */
export function withoutRunningLines(pages: readonly { lines: PdfLine[]; height: number }[]): PdfLine[][] {
  const inMargin = (line: PdfLine, height: number): boolean => line.y > height * 0.9 || line.y < height * 0.1
  const key = (line: PdfLine): string => line.text.replace(/\d+/g, '#').toLowerCase()
  const counts = new Map<string, number>()
  for (const page of pages) {
    const seen = new Set(page.lines.filter((line) => inMargin(line, page.height)).map(key))
    for (const text of seen) counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  const repeated = (line: PdfLine): boolean =>
    pages.length > 1 && (counts.get(key(line)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2))
  return pages.map((page) =>
    page.lines.filter((line) => !(inMargin(line, page.height) && (repeated(line) || pageNumber.test(line.text)))),
  )
}

/** A marked-content boundary as pdfjs-dist reports it with `includeMarkedContent`. */
type MarkedContent = { type: string; tag?: string }

/**
 * The text items that are the document's text: those inside an /Artifact marked-content sequence (running heads,
 * page numbers, and in our own briefing PDF its notes, markers, title page and index) are left out, as PDF says
 * artifacts are not part of the content.
 */
export function contentItems(items: readonly unknown[]): PdfTextItem[] {
  const open: boolean[] = []
  let artifacts = 0
  const kept: PdfTextItem[] = []
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue
    if ('str' in item) {
      if (artifacts === 0) kept.push(item as PdfTextItem)
      continue
    }
    const { type, tag } = item as MarkedContent
    if (type === 'beginMarkedContent' || type === 'beginMarkedContentProps') {
      open.push(tag === 'Artifact')
      if (tag === 'Artifact') artifacts += 1
    } else if (type === 'endMarkedContent' && open.pop()) artifacts -= 1
  }
  return kept
}
