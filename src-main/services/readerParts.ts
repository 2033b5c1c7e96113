import type { ReaderBlock, ReaderDocument, ReaderPart } from '../common/api/documentsApi'
import type { ReaderLayout } from '../common/model/readerLayout'
import type { RevisionHeader } from '../db/repositories/revisionsRepository'

/**
 * How much text the first part carries: a text up to this long comes whole; a longer one as the blocks from a
 * little before the reading position to several screens after it (a screen of the reader holds a few thousand
 * characters), so the first screen costs the same for 1 MB as for 10 MB.
 */
const windowBefore = 20_000
const windowAfter = 100_000

/** Where the reader's part gets a revision's stored text: whole, or a slice counted in characters (code points). */
export type StoredText = {
  whole: () => string
  slice: (start: number, count: number) => string
}

/**
 * The reader's part of a revision (see ReaderDocument): the window around `offset`, or the whole text. Block
 * lengths come from the stored layout, so a window reads only its own text.
 */
export function readerRevision(
  revision: RevisionHeader,
  layout: ReaderLayout,
  stored: StoredText,
  part: ReaderPart,
  offset: number,
): ReaderDocument['revision'] {
  const blocks = readerBlocks(layout)
  const { lengths } = layout
  const textLength = lengths.reduce((sum, length) => sum + length + 1, 0) - (lengths.length > 0 ? 1 : 0)
  if (part === 'whole' || textLength <= windowBefore + windowAfter) {
    return { ...revision, blocks, text: stored.whole(), firstBlock: 0, whole: true }
  }
  let start = 0
  let at = 0
  while (at < lengths.length - 1 && start + lengths[at]! + 1 <= offset) start += lengths[at++]! + 1
  let from = at
  let before = 0
  while (from > 0 && before < windowBefore) before += lengths[--from]! + 1
  let to = at
  let after = 0
  while (to < lengths.length && after < windowAfter) after += lengths[to++]! + 1
  const text = blocksText(layout, stored, from, to)
  return { ...revision, blocks, text, firstBlock: from, whole: from === 0 && to === lengths.length }
}

/** The canonical text of blocks [from, to) (clamped to the revision), cut out of the stored text. */
export function blocksText(layout: ReaderLayout, stored: StoredText, from: number, to: number): string {
  const { lengths } = layout
  const end = Math.min(to, lengths.length)
  if (from >= end) return ''
  let start = 0
  for (let index = 0; index < from; index++) start += lengths[index]! + 1
  let units = -1
  for (let index = from; index < end; index++) units += lengths[index]! + 1
  // SQLite counts a character outside the BMP as one, the app as two UTF-16 units.
  let pairsBefore = 0
  let pairsInside = 0
  for (const [index, pairs] of layout.pairs) {
    if (index < from) pairsBefore += pairs
    else if (index < end) pairsInside += pairs
  }
  const text = stored.slice(start - pairsBefore, units - pairsInside)
  // A text stored unlike its layout says (never expected) is cut here instead: slower, still right.
  return text.length === units ? text : stored.whole().slice(start, start + units)
}

/** Every block's kind, level, marks and length, and the text of headings, from a stored layout. */
export function readerBlocks(layout: ReaderLayout): ReaderBlock[] {
  const blocks: ReaderBlock[] = []
  let index = 0
  for (const [kind, level, count] of layout.runs) {
    for (let end = index + count; index < end; index++) {
      const block: ReaderBlock = { kind, length: layout.lengths[index] ?? 0 }
      if (level > 0) block.level = level
      blocks.push(block)
    }
  }
  for (const [at, marks] of layout.marks) if (blocks[at]) blocks[at].marks = marks
  for (const [at, text] of layout.headings) if (blocks[at]) blocks[at].text = text
  return blocks
}
