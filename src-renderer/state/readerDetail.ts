import type { DocumentDetail, ReaderDocument } from '@common/api/documentsApi'
import type { Block } from '@common/model/document'
import { blockSeparator } from '@common/text/canonicalText'

/**
 * The reader's DocumentDetail from a part of documents.openForReader. Blocks whose text has not arrived yet (part
 * 'window' of a long text) hold spaces of their text's length, so offsets, the scrollbar and the outline are right
 * at once; `complete` says whether any block is such a stand-in (the tools that read the text wait until not), and
 * `arrived` which blocks came with their text.
 */
export function readerDetail(opened: ReaderDocument): {
  detail: DocumentDetail
  complete: boolean
  arrived: { from: number; to: number }
} {
  const { blocks: readerBlocks, text, firstBlock, whole, ...revision } = opened.revision
  const parts = text.length === 0 && readerBlocks.length === 0 ? [] : text.split(blockSeparator)
  const lastBlock = firstBlock + parts.length
  let longest = 0
  for (const block of readerBlocks) longest = Math.max(longest, block.length)
  // One string of spaces, sliced for every stand-in: slices share it instead of copying.
  const spaces = whole ? '' : ' '.repeat(longest)
  let textLength = -blockSeparator.length
  const blocks = readerBlocks.map((block, index): Block => {
    textLength += block.length + blockSeparator.length
    const arrived = index >= firstBlock && index < lastBlock ? parts[index - firstBlock] : block.text
    const built: Block = { kind: block.kind, text: arrived ?? spaces.slice(0, block.length) }
    if (block.level !== undefined) built.level = block.level
    if (block.marks !== undefined) built.marks = block.marks
    return built
  })
  // Nothing reads a partial revision's text (see the reader's 'drawing' state): spaces of its length stand in.
  const fullText = whole ? text : ' '.repeat(Math.max(0, textLength))
  const { summary, readingPosition } = opened
  return {
    detail: { summary, readingPosition, revision: { ...revision, blocks, text: fullText } },
    complete: whole,
    arrived: { from: firstBlock, to: lastBlock },
  }
}
