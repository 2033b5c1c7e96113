/**
 * The light Markdown that comments are written in: paragraphs, "- " and "1. " lists, **bold** / __bold__,
 * *italic* / _italic_, [links](address) and bare http(s) addresses. Parsed once here into plain data, so the panel,
 * the PDF, the Word document and the Markdown export all read a comment the same way; nothing is ever HTML.
 */

/** A stretch of text with one formatting. `url` is set for a link (its text is `text`, its address `url`). */
export type MarkdownRun = { text: string; bold: boolean; italic: boolean; url: string | null }

/** A paragraph (soft line breaks kept as '\n' inside its runs) or a list of items. */
export type MarkdownBlock =
  { kind: 'paragraph'; runs: MarkdownRun[] } | { kind: 'list'; ordered: boolean; start: number; items: MarkdownRun[][] }

const listItem = /^\s*(?:([-*+])|(\d{1,3})[.)])\s+(.*)$/u
const inlineToken = /\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|_(.+?)_|\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s)]+)/gu

/** Parse a comment into blocks. Any text parses: what is not formatting is kept as plain text. */
export function parseLightMarkdown(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = []
  let list: { ordered: boolean; start: number; items: string[] } | null = null
  let paragraph: string[] = []
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: parseInline(paragraph.join('\n')) })
    paragraph = []
  }
  const flushList = () => {
    if (list)
      blocks.push({
        kind: 'list',
        ordered: list.ordered,
        start: list.start,
        items: list.items.map((item) => parseInline(item)),
      })
    list = null
  }
  for (const line of source.split(/\r?\n/u)) {
    const item = listItem.exec(line)
    if (item) {
      flushParagraph()
      const ordered = item[2] !== undefined
      if (list && list.ordered !== ordered) flushList()
      list ??= { ordered, start: ordered ? Number(item[2]) : 1, items: [] }
      list.items.push(item[3] ?? '')
    } else if (line.trim() === '') {
      flushParagraph()
      flushList()
    } else {
      flushList()
      paragraph.push(line)
    }
  }
  flushParagraph()
  flushList()
  return blocks
}

/** Parse one paragraph's or list item's text into runs; bold and italic nest ("**a *b***"). */
function parseInline(text: string, bold = false, italic = false): MarkdownRun[] {
  const runs: MarkdownRun[] = []
  const plain = (value: string) => {
    if (value) runs.push({ text: value, bold, italic, url: null })
  }
  let last = 0
  for (const match of text.matchAll(inlineToken)) {
    const at = match.index
    plain(text.slice(last, at))
    const [, bold1, bold2, italic1, italic2, linkText, linkUrl, bare] = match
    if (bold1 ?? bold2) runs.push(...parseInline(bold1 ?? bold2 ?? '', true, italic))
    else if (italic1 ?? italic2) runs.push(...parseInline(italic1 ?? italic2 ?? '', bold, true))
    else if (linkText && linkUrl) runs.push({ text: linkText, bold, italic, url: linkUrl })
    else if (bare) runs.push({ text: bare, bold, italic, url: bare })
    last = at + match[0].length
  }
  plain(text.slice(last))
  return runs
}

/**
 * Runs as they read on paper, where nothing is clickable: a link becomes its text followed by its address in
 * parentheses (just the address when the text is the address).
 */
export function printableRuns(runs: readonly MarkdownRun[]): MarkdownRun[] {
  return runs.flatMap((run) =>
    run.url === null || run.url === run.text
      ? [{ ...run, url: null }]
      : [
          { ...run, url: null },
          { text: ` (${run.url})`, bold: false, italic: false, url: null },
        ],
  )
}

/**
 * A comment's blocks as printable lines, for outputs that lay text out themselves (PDF notes, Word comments):
 * one line per paragraph line and per list item, items led by "• " or their number.
 */
export function printableLines(source: string): MarkdownRun[][] {
  const lines: MarkdownRun[][] = []
  const plain = (text: string): MarkdownRun => ({ text, bold: false, italic: false, url: null })
  for (const block of parseLightMarkdown(source)) {
    if (block.kind === 'list') {
      block.items.forEach((item, index) => {
        const marker = block.ordered ? `${block.start + index}. ` : '• '
        lines.push([plain(marker), ...printableRuns(item)])
      })
      continue
    }
    let line: MarkdownRun[] = []
    for (const run of printableRuns(block.runs)) {
      const pieces = run.text.split('\n')
      pieces.forEach((piece, index) => {
        if (index > 0) {
          lines.push(line)
          line = []
        }
        if (piece) line.push({ ...run, text: piece })
      })
    }
    lines.push(line)
  }
  return lines
}

/** The comment's words without any formatting marks (links with their address after), one line per line. */
export function lightMarkdownAsPlainText(source: string): string {
  return printableLines(source)
    .map((line) => line.map((run) => run.text).join(''))
    .join('\n')
}

/**
 * True when a comment uses any formatting (bold, italic, a titled link, a list), so that its source is Markdown
 * rather than plain text: W3C exports label such bodies `text/markdown`.
 */
function usesLightMarkdown(source: string): boolean {
  return parseLightMarkdown(source).some((block) =>
    block.kind === 'list'
      ? true
      : block.runs.some((run) => run.bold || run.italic || (run.url !== null && run.url !== run.text)),
  )
}

/** The media type of a comment body: `text/markdown` when it uses formatting, `text/plain` otherwise. */
export function commentMediaType(source: string): 'text/markdown' | 'text/plain' {
  return usesLightMarkdown(source) ? 'text/markdown' : 'text/plain'
}
