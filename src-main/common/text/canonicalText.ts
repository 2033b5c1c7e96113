import type { Block } from '../model/document'

/**
 * The canonical text of a document revision: the texts of its blocks, in order, joined by one '\n'.
 * Every offset in the app (annotation selectors, search hits, reader positions, export markers) counts UTF-16
 * code units into this string, so the reader, annotations, search and export always agree on where a passage is.
 * Block texts are NFC and never contain '\n' themselves; inline formatting lives beside the text, never in it.
 */
export const blockSeparator = '\n'

/** Join blocks into the canonical text. */
export function canonicalText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text).join(blockSeparator)
}

/** The offset at which each block starts in the canonical text. */
export function blockStartOffsets(blocks: readonly Block[]): number[] {
  const starts: number[] = []
  let offset = 0
  for (const block of blocks) {
    starts.push(offset)
    offset += block.text.length + blockSeparator.length
  }
  return starts
}

/** The index of the block containing `offset` (a separator counts with the block before it). */
export function blockIndexAt(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return Math.max(0, low)
}
