import { $createTextNode, $getRoot, type TextNode } from 'lexical'
import type { Block } from '@common/model/document'
import { $createReaderBlockNode } from './nodes/ReaderBlockNode'

/**
 * Append blocks [from, to) of a revision to the editor's root (inside an editor update). Inline marks become text
 * formats on separate text nodes; the text itself is never changed, so each block's text content stays exactly
 * `block.text`.
 */
export function $appendBlocks(blocks: readonly Block[], from: number, to: number): void {
  const root = $getRoot()
  const nodes = []
  for (let index = from; index < Math.min(to, blocks.length); index++) {
    const block = blocks[index]!
    const element = $createReaderBlockNode(block.kind, block.level ?? 1, index)
    element.append(...textNodesFor(block))
    nodes.push(element)
  }
  root.append(...nodes)
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

/** Split a block's text at every mark boundary and say which formats cover each piece. */
export function formattedRuns(block: Block): Run[] {
  const length = block.text.length
  const marks = (block.marks ?? []).filter((mark) => mark.end > mark.start && mark.start < length)
  if (marks.length === 0) return [{ start: 0, end: length, bold: false, italic: false }]
  const cuts = new Set<number>([0, length])
  for (const mark of marks) {
    cuts.add(Math.max(0, mark.start))
    cuts.add(Math.min(length, mark.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const runs: Run[] = []
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!
    const end = points[index + 1]!
    const covering = marks.filter((mark) => mark.start <= start && mark.end >= end)
    const run = {
      start,
      end,
      bold: covering.some((mark) => mark.bold),
      italic: covering.some((mark) => mark.italic),
    }
    const previous = runs[runs.length - 1]
    if (previous && previous.bold === run.bold && previous.italic === run.italic) previous.end = end
    else runs.push(run)
  }
  return runs
}
