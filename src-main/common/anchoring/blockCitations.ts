import type { Block } from '../model/document'
import { itemLetter, ownLabel } from './paragraphLabel'

/** The citable label and the ordinal under it of every block of a revision, by block index. */
type BlockCitations = {
  /** What `paragraphLabelAt` gives for a position in that block. */
  labels: (string | null)[]
  /** What `paragraphOrdinalAt` gives for a position in that block. */
  ordinals: (number | null)[]
}

/**
 * Labels and ordinals of all blocks in one pass. `paragraphLabelAt` walks back from a position to the nearest
 * numbered block, which is fine for one annotation but quadratic for a whole document: a 1 MB draft with long
 * unnumbered stretches spent seconds there when the compare view labelled every paragraph. This carries the walk's
 * answer forward instead (the last numbered block, reset by a heading) and gives the same answers (a test checks).
 */
export function blockCitations(blocks: readonly Block[]): BlockCitations {
  const labels: (string | null)[] = new Array<string | null>(blocks.length)
  const ordinals: (number | null)[] = new Array<number | null>(blocks.length)
  // The nearest numbered block before the current one in the same section, and its label.
  let lastIndex = -1
  let lastLabel: string | null = null
  // paragraphOrdinalAt stops at a heading even when the heading carries the number ("Điều 3"): no ordinal then.
  let lastIsHeading = false
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const own = ownLabel(block.text)
    if (own !== null) {
      labels[index] = own
      ordinals[index] = null
      lastIndex = index
      lastLabel = own
      lastIsHeading = block.kind === 'heading'
      continue
    }
    if (block.kind === 'heading') {
      labels[index] = null
      ordinals[index] = null
      lastIndex = -1
      lastLabel = null
      continue
    }
    const lettered = itemLetter(block.text)
    const label =
      lastLabel !== null && lettered && /^\d/u.test(lastLabel) && !lastLabel.includes('(')
        ? `${lastLabel}(${lettered})`
        : lastLabel
    labels[index] = label
    // A lettered item takes its parent's number with its letter: that label is already precise.
    ordinals[index] = label !== null && label === lastLabel && !lastIsHeading ? index - lastIndex + 1 : null
  }
  return { labels, ordinals }
}
