import type { ReaderBlock, ReaderDocument, ReaderPart } from '../common/api/documentsApi'
import type { RevisionLayout } from '../common/model/document'
import { blockSeparator } from '../common/text/canonicalText'

/**
 * How much text the first part carries: a text up to this long comes whole; a longer one as the blocks from a
 * little before the reading position to several screens after it (a screen of the reader holds a few thousand
 * characters), so the first screen costs the same for 1 MB as for 10 MB.
 */
const windowBefore = 20_000
const windowAfter = 100_000

/** The reader's part of a revision (see ReaderDocument): the window around `offset`, or the whole text. */
export function readerRevision(revision: RevisionLayout, part: ReaderPart, offset: number): ReaderDocument['revision'] {
  const { layout, text, ...rest } = revision
  // Block texts never hold '\n': cutting the canonical text there gives every block's text back.
  const texts = layout.length === 0 ? [] : text.split(blockSeparator)
  const blocks = layout.map((block, index): ReaderBlock => {
    const blockText = texts[index] ?? ''
    return block.kind === 'heading'
      ? { ...block, length: blockText.length, text: blockText }
      : { ...block, length: blockText.length }
  })
  if (part === 'whole' || text.length <= windowBefore + windowAfter) {
    return { ...rest, blocks, text, firstBlock: 0, whole: true }
  }
  let start = 0
  let at = 0
  while (at < texts.length - 1 && start + texts[at]!.length + 1 <= offset) start += texts[at++]!.length + 1
  let from = at
  let before = 0
  while (from > 0 && before < windowBefore) before += texts[--from]!.length + 1
  let to = at
  let after = 0
  while (to < texts.length && after < windowAfter) after += texts[to++]!.length + 1
  const firstStart = start - before
  return {
    ...rest,
    blocks,
    text: text.slice(firstStart, start + after - 1),
    firstBlock: from,
    whole: from === 0 && to === texts.length,
  }
}
