import { marked, type Token, type Tokens } from 'marked'
import type { ImportWarning } from '../common/api/documentsApi'
import type { Block, BlockKind } from '../common/model/document'
import { decodeText } from './txt'
import { blockFromRuns, type InlineRun } from './inlineRuns'
import type { Importer } from './importer'

type Style = { bold: boolean; italic: boolean }
type Report = { images: number; html: number }

/**
 * Markdown read with marked's lexer (no HTML is ever rendered): headings, paragraphs, emphasis as marks, lists with
 * their markers kept as written ("1.", "3)", "-", "*"), block quotes, tables as " | " rows, code as preformatted
 * lines. Links keep their text and lose their address; images and raw HTML tags are left out (their text stays).
 */
export const markdownImporter: Importer = {
  format: 'md',
  async read(bytes, options) {
    const { text, encoding, choices } = decodeText(bytes, options.encoding)
    const report: Report = { images: 0, html: 0 }
    const blocks = blocksOf(
      marked.lexer(text.replace(/\r\n?/g, '\n'), { gfm: true }),
      { quote: false, depth: 0 },
      report,
    )
    const warnings: ImportWarning[] = []
    if (report.images > 0) warnings.push({ code: 'import.imagesDropped', params: { count: report.images } })
    return { blocks, encoding, encodingChoices: choices, warnings }
  },
}

type Where = { quote: boolean; depth: number }

function blocksOf(tokens: readonly Token[], where: Where, report: Report): Block[] {
  const blocks: Block[] = []
  const push = (kind: BlockKind, runs: InlineRun[], level?: number): void => {
    const block = blockFromRuns(where.quote && kind === 'paragraph' ? 'quote' : kind, runs, { level, collapse: true })
    if (block) blocks.push(block)
  }
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        push('heading', inlineRuns(token.tokens ?? [], plain, report), (token as Tokens.Heading).depth)
        break
      case 'paragraph':
      case 'text':
        push(
          'paragraph',
          inlineRuns(token.tokens ?? [{ type: 'text', raw: token.raw, text: token.raw }], plain, report),
        )
        break
      case 'blockquote':
        blocks.push(...blocksOf(token.tokens ?? [], { ...where, quote: true }, report))
        break
      case 'list':
        blocks.push(...listBlocks(token as Tokens.List, where, report))
        break
      case 'table': {
        const table = token as Tokens.Table
        for (const row of [table.header, ...table.rows]) {
          const runs: InlineRun[] = []
          row.forEach((cell, index) => {
            if (index > 0) runs.push({ text: ' | ' })
            runs.push(...inlineRuns(cell.tokens, { bold: cell.header, italic: false }, report))
          })
          push('tableRow', runs)
        }
        break
      }
      case 'code':
        for (const line of (token as Tokens.Code).text.split('\n')) {
          const block = blockFromRuns('preformatted', [{ text: line }])
          if (block) blocks.push(block)
        }
        break
      case 'html':
        report.html += 1
        push('paragraph', [{ text: stripTags((token as Tokens.HTML).text) }])
        break
      default:
        // space, hr, def: no text of their own.
        break
    }
  }
  return blocks
}

const plain: Style = { bold: false, italic: false }

function listBlocks(list: Tokens.List, where: Where, report: Report): Block[] {
  const blocks: Block[] = []
  const depth = where.depth + 1
  for (const item of list.items) {
    const marker = /^\s*([-*+]|\d{1,9}[.)])/.exec(item.raw)?.[1] ?? (list.ordered ? '1.' : '-')
    const [first, ...rest] = item.tokens
    let lead: InlineRun[] = [{ text: `${marker} ` }]
    if (item.task) lead.push({ text: item.checked ? '[x] ' : '[ ] ' })
    if (first && (first.type === 'text' || first.type === 'paragraph')) {
      lead = [
        ...lead,
        ...inlineRuns(first.tokens ?? [{ type: 'text', raw: first.raw, text: first.raw }], plain, report),
      ]
    } else if (first) rest.unshift(first)
    const block = blockFromRuns('listItem', lead, { level: depth, collapse: true })
    if (block) blocks.push(block)
    for (const inner of blocksOf(rest, { ...where, depth }, report)) {
      blocks.push(inner.kind === 'paragraph' ? { ...inner, kind: 'listItem', level: depth } : inner)
    }
  }
  return blocks
}

function inlineRuns(tokens: readonly Token[], style: Style, report: Report): InlineRun[] {
  const runs: InlineRun[] = []
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
        runs.push(...inlineRuns(token.tokens ?? [], { ...style, bold: true }, report))
        break
      case 'em':
        runs.push(...inlineRuns(token.tokens ?? [], { ...style, italic: true }, report))
        break
      case 'del':
      case 'link':
        runs.push(...inlineRuns(token.tokens ?? [], style, report))
        break
      case 'image':
        report.images += 1
        break
      case 'html':
        report.html += 1
        break
      case 'br':
        runs.push({ text: ' ' })
        break
      case 'codespan':
      case 'escape':
        runs.push({ text: decodeEntities((token as Tokens.Codespan).text), ...style })
        break
      default: {
        const nested = (token as Tokens.Generic).tokens
        if (nested && nested.length > 0) runs.push(...inlineRuns(nested, style, report))
        else runs.push({ text: decodeEntities('text' in token ? String(token.text) : token.raw), ...style })
      }
    }
  }
  return runs
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Character references as a Markdown renderer would resolve them. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return entities[name.toLowerCase()] ?? whole
  })
}

function stripTags(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]*>/g, ' '),
  )
}
