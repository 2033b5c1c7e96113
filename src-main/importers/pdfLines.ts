/** One line of text on a PDF page, in PDF units (origin bottom left). */
export type PdfLine = { text: string; x: number; y: number; width: number; size: number; page: number }

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
    if (!current || breakAfter || Math.abs(y - current.y) > size * 0.5) {
      if (current && current.text.trim()) lines.push(current)
      current = { text: item.str, x, y, width: item.width, size, page }
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
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
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
