import type { Block, BlockKind } from '../common/model/document'
import { blockFromRuns, type InlineRun } from './inlineRuns'

const headingTags = /^H[1-6]$/
const blockTags = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'NAV',
  'ADDRESS',
  'FIGURE',
  'FIGCAPTION',
  'DL',
  'DT',
  'DD',
  'CAPTION',
  'CENTER',
  'BODY',
  'HR',
  'DETAILS',
  'SUMMARY',
])

/** Context while walking: what kind of block text goes into, and list nesting. */
type Context = { kind: BlockKind; level?: number; inQuote: boolean; listDepth: number }

/**
 * Blocks from sanitised HTML: headings, paragraphs, list items (ordered lists get their numbers written into the
 * text, as the reader saw them: "1.", "2."…, honouring `start` and `type`), block quotes, table rows (cells joined
 * by " | ") and preformatted lines. Bold and italic become marks.
 */
export function blocksFromHtml(root: Element): Block[] {
  const blocks: Block[] = []
  let runs: InlineRun[] = []
  let context: Context = { kind: 'paragraph', inQuote: false, listDepth: 0 }

  const flush = (): void => {
    const kind = context.inQuote && context.kind === 'paragraph' ? 'quote' : context.kind
    const block = blockFromRuns(kind, runs, { level: context.level, collapse: kind !== 'preformatted' })
    if (block) blocks.push(block)
    runs = []
  }
  const within = (next: Partial<Context>, work: () => void): void => {
    flush()
    const saved = context
    context = { ...context, ...next }
    work()
    flush()
    context = saved
  }
  const inline = (node: Node, style: { bold: boolean; italic: boolean }): void => {
    if (node.nodeType === 3) {
      runs.push({ text: node.textContent ?? '', bold: style.bold, italic: style.italic })
      return
    }
    if (node.nodeType !== 1) return
    const element = node as Element
    const tag = element.tagName.toUpperCase()
    if (tag === 'BR') return void runs.push({ text: ' ' })
    if (headingTags.test(tag)) {
      return within({ kind: 'heading', level: Number(tag.slice(1)) }, () => children(element, style))
    }
    if (tag === 'UL' || tag === 'OL') return list(element, style)
    if (tag === 'BLOCKQUOTE')
      return within({ inQuote: true, kind: 'paragraph', level: undefined }, () => children(element, style))
    if (tag === 'PRE') return preformatted(element)
    if (tag === 'TABLE') return table(element, style)
    if (tag === 'LI')
      return within({ kind: 'listItem', level: Math.max(1, context.listDepth) }, () => children(element, style))
    if (blockTags.has(tag)) return within({}, () => children(element, style))
    children(element, {
      bold: style.bold || tag === 'B' || tag === 'STRONG',
      italic: style.italic || tag === 'I' || tag === 'EM',
    })
  }
  const children = (element: Element, style: { bold: boolean; italic: boolean }): void => {
    for (const child of Array.from(element.childNodes)) inline(child, style)
  }
  const list = (element: Element, style: { bold: boolean; italic: boolean }): void => {
    const ordered = element.tagName.toUpperCase() === 'OL'
    const depth = context.listDepth + 1
    let number = ordered ? Number.parseInt(element.getAttribute('start') ?? '1', 10) || 1 : 0
    const type = element.getAttribute('type') ?? '1'
    flush()
    for (const item of Array.from(element.children)) {
      if (item.tagName.toUpperCase() !== 'LI') {
        within({ listDepth: depth }, () => inline(item, style))
        continue
      }
      within({ kind: 'listItem', level: depth, listDepth: depth }, () => {
        runs.push({ text: `${ordered ? listLabel(number, type) : '•'} ` })
        children(item, style)
      })
      number += 1
    }
  }
  const preformatted = (element: Element): void => {
    flush()
    for (const line of (element.textContent ?? '').replace(/\r\n?/g, '\n').split('\n')) {
      const block = blockFromRuns('preformatted', [{ text: line }])
      if (block) blocks.push(block)
    }
  }
  const table = (element: Element, style: { bold: boolean; italic: boolean }): void => {
    flush()
    for (const row of Array.from(element.querySelectorAll('tr'))) {
      if (row.closest('table') !== element) continue
      const cells = Array.from(row.children).filter((cell) => /^T[DH]$/i.test(cell.tagName))
      const rowRuns: InlineRun[] = []
      cells.forEach((cell, index) => {
        if (index > 0) rowRuns.push({ text: ' | ' })
        rowRuns.push(...cellRuns(cell, { ...style, bold: style.bold || cell.tagName.toUpperCase() === 'TH' }))
      })
      const block = blockFromRuns('tableRow', rowRuns, { collapse: true })
      if (block) blocks.push(block)
    }
  }

  children(root, { bold: false, italic: false })
  flush()
  return blocks
}

/** A table cell's text as inline runs: paragraphs and breaks inside a cell become spaces. */
function cellRuns(node: Node, style: { bold: boolean; italic: boolean }): InlineRun[] {
  if (node.nodeType === 3) return [{ text: node.textContent ?? '', ...style }]
  if (node.nodeType !== 1) return []
  const tag = (node as Element).tagName.toUpperCase()
  const inner = {
    bold: style.bold || tag === 'B' || tag === 'STRONG',
    italic: style.italic || tag === 'I' || tag === 'EM',
  }
  const runs = Array.from(node.childNodes).flatMap((child) => cellRuns(child, inner))
  return tag === 'BR' || blockTags.has(tag) || headingTags.test(tag) || tag === 'LI' || tag === 'TR'
    ? [{ text: ' ' }, ...runs, { text: ' ' }]
    : runs
}

/** The label a browser shows for item `number` of an ordered list of `type`. */
export function listLabel(number: number, type: string): string {
  if (type === 'a' || type === 'A') {
    let label = ''
    for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26)) {
      label = String.fromCharCode(97 + ((rest - 1) % 26)) + label
    }
    return `${type === 'A' ? label.toUpperCase() : label}.`
  }
  if (type === 'i' || type === 'I') {
    const roman = toRoman(number)
    return `${type === 'I' ? roman.toUpperCase() : roman}.`
  }
  return `${number}.`
}

function toRoman(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ]
  let rest = value
  let roman = ''
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      roman += numeral
      rest -= amount
    }
  }
  return roman
}
