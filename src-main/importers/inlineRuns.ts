import type { Block, BlockKind, InlineMark } from '../common/model/document'

/** A piece of inline text with its formatting, as HTML, Markdown and DOCX deliver it. */
export type InlineRun = { text: string; bold?: boolean; italic?: boolean }

/**
 * Build one block from inline runs: line breaks become spaces, white space is collapsed when the source is HTML-like
 * (`collapse`), the result is trimmed, and bold/italic become marks over the final text, so that formatting never
 * changes a character of the canonical text. Returns null when nothing but white space is left.
 */
export function blockFromRuns(
  kind: BlockKind,
  runs: readonly InlineRun[],
  options: { level?: number; collapse?: boolean } = {},
): Block | null {
  let text = ''
  const bold: boolean[] = []
  const italic: boolean[] = []
  for (const run of runs) {
    for (const unit of run.text.normalize('NFC').replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')) {
      const space = /\s/.test(unit) && unit !== '\u00a0'
      if (space && options.collapse && (text === '' || text.endsWith(' '))) continue
      for (let index = 0; index < unit.length; index += 1) {
        bold.push(!!run.bold)
        italic.push(!!run.italic)
      }
      text += space && options.collapse ? ' ' : unit
    }
  }
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  if (end <= start) return null
  const marks = marksOf(bold.slice(start, end), italic.slice(start, end))
  const block: Block = { kind, text: text.slice(start, end) }
  if (options.level !== undefined) block.level = options.level
  if (marks.length > 0) block.marks = marks
  return block
}

function marksOf(bold: boolean[], italic: boolean[]): InlineMark[] {
  const marks: InlineMark[] = []
  let from = 0
  for (let index = 1; index <= bold.length; index += 1) {
    if (index < bold.length && bold[index] === bold[from] && italic[index] === italic[from]) continue
    if (bold[from] || italic[from]) {
      const mark: InlineMark = { start: from, end: index }
      if (bold[from]) mark.bold = true
      if (italic[from]) mark.italic = true
      marks.push(mark)
    }
    from = index
  }
  return marks
}
