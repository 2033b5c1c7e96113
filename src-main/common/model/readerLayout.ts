import type { Block, BlockKind, InlineMark } from './document'

/**
 * What the reader needs of a revision besides its text, small enough to read and send at once for 10 MB: every
 * block's length in UTF-16 code units (the app's offsets), runs of blocks of the same kind and level, and the few
 * things only some blocks have (marks, headings' texts, characters outside the BMP). It is stored beside each
 * revision when the revision is written (revision_layouts, migration 14), so opening a long text reads neither its
 * blocks' JSON nor its text. The format is stored: change it only together with a new migration.
 */
export type ReaderLayout = {
  /** Each block's text length in UTF-16 code units. */
  lengths: number[]
  /** Consecutive blocks of one kind and level: [kind, level or 0, how many]. */
  runs: [BlockKind, number, number][]
  /** Blocks with inline marks: [block index, marks]. */
  marks: [number, InlineMark[]][]
  /** Headings: [block index, text] (the outline lists them before the rest of the text arrives). */
  headings: [number, string][]
  /**
   * Blocks holding characters outside the BMP: [block index, how many]. Each is two UTF-16 code units but one
   * character to SQLite, whose substr() counts characters: a slice of the stored text is placed with these.
   */
  pairs: [number, number][]
}

/** The layout of `blocks` (see ReaderLayout). */
export function readerLayoutOf(blocks: readonly Block[]): ReaderLayout {
  const layout: ReaderLayout = { lengths: [], runs: [], marks: [], headings: [], pairs: [] }
  let run: [BlockKind, number, number] | null = null
  blocks.forEach((block, index) => {
    layout.lengths.push(block.text.length)
    const level = block.level ?? 0
    if (run && run[0] === block.kind && run[1] === level) run[2] += 1
    else layout.runs.push((run = [block.kind, level, 1]))
    if (block.marks?.length) layout.marks.push([index, block.marks])
    if (block.kind === 'heading') layout.headings.push([index, block.text])
    const pairs = surrogatePairs(block.text)
    if (pairs > 0) layout.pairs.push([index, pairs])
  })
  return layout
}

/** How many characters outside the BMP `text` holds (a high surrogate followed by a low one). */
function surrogatePairs(text: string): number {
  return text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0
}
