import { $createTextNode, type TextNode } from 'lexical'
import type { Block } from '@common/model/document'
import { $createReaderBlockNode, type ReaderBlockNode } from './nodes/ReaderBlockNode'

/**
 * The node for block `index` of a revision (inside an editor update). Inline marks become text formats on separate
 * text nodes; the text itself is never changed, so the block's text content stays exactly `block.text`.
 */
export function $createBlockNode(blocks: readonly Block[], index: number): ReaderBlockNode {
  const block = blocks[index]!
  const element = $createReaderBlockNode(block.kind, block.level ?? 1, index)
  element.append(...textNodesFor(block))
  return element
}

/** Text nodes for a block: one per run of equal formatting. An empty block gets no text node. */
export function textNodesFor(block: Block): TextNode[] {
  if (block.text.length === 0) return []
  const runs = formattedRuns(block)
  return runs.map((run) => {
    const node = $createTextNode(block.text.slice(run.start, run.end))
    if (run.bold) node.toggleFormat('bold')
    if (run.italic) node.toggleFormat('italic')
    return node
  })
}

type Run = { start: number; end: number; bold: boolean; italic: boolean }

/**
 * Split a block's text at every mark boundary and say which formats cover each piece. A sweep over the sorted
 * boundaries keeps a count of open bold and italic marks, so 50,000 marks cost a sort, not 50,000 × 50,000 checks.
 */
export function formattedRuns(block: Block): Run[] {
  const length = block.text.length
  // Per boundary: how many bold and italic marks open (+1) or close (-1) there.
  const changes = new Map<number, { bold: number; italic: number }>()
  const change = (at: number, bold: number, italic: number): void => {
    const entry = changes.get(at)
    if (entry) {
      entry.bold += bold
      entry.italic += italic
    } else changes.set(at, { bold, italic })
  }
  for (const mark of block.marks ?? []) {
    if (mark.end <= mark.start || mark.start >= length) continue
    const bold = mark.bold ? 1 : 0
    const italic = mark.italic ? 1 : 0
    change(Math.max(0, mark.start), bold, italic)
    change(Math.min(length, mark.end), -bold, -italic)
  }
  change(0, 0, 0)
  change(length, 0, 0)
  const points = [...changes.keys()].sort((a, b) => a - b)
  const runs: Run[] = []
  let openBold = 0
  let openItalic = 0
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!
    const end = points[index + 1]!
    openBold += changes.get(start)!.bold
    openItalic += changes.get(start)!.italic
    const bold = openBold > 0
    const italic = openItalic > 0
    const previous = runs[runs.length - 1]
    if (previous && previous.bold === bold && previous.italic === italic) previous.end = end
    else runs.push({ start, end, bold, italic })
  }
  return runs
}
