import type { DocumentDetail } from '@common/api/documentsApi'
import type { Block } from '@common/model/document'
import { blockSeparator } from '@common/text/canonicalText'

/**
 * About how many characters one slice of the rest of a long text carries. The page decodes a reply's UTF-8, parses
 * it and splits it in one task, so a slice's size is how long a frame waits: a quarter of a million characters
 * (a third of a megabyte of Vietnamese) takes under 15 ms of the page's time on a loaded machine, where slices of a
 * million took 30–70 ms each and set the 95th percentile of a 10 MB text's frames while the user scrolled.
 */
const sliceCharacters = 250_000

/**
 * How many slices are on their way at once: main cuts the next ones while the page reads one between its frames.
 * Asking only for the next one, these smaller slices took about twice as long as million-character ones to bring a
 * 10 MB text in while the user scrolled (3.5–4.3 s against 1.6–2.9 s); with three, about as long (under 2 s).
 */
const slicesAhead = 3

/** Blocks [from, to) of a revision. */
export type BlockRange = { from: number; to: number }

/** Blocks [from, to) cut into runs of whole blocks of about `sliceCharacters` characters each. */
export function sliceRanges(blocks: readonly Block[], from: number, to: number, size = sliceCharacters): BlockRange[] {
  const ranges: BlockRange[] = []
  let start = from
  let characters = 0
  for (let index = from; index < to; index++) {
    characters += blocks[index]!.text.length + 1
    if (characters >= size || index === to - 1) {
      ranges.push({ from: start, to: index + 1 })
      start = index + 1
      characters = 0
    }
  }
  return ranges
}

/**
 * The whole DocumentDetail from a first window's (see readerDetail, whose blocks outside `arrived` hold stand-ins)
 * and the text of every other block, fetched a slice at a time with `fetchSlice`: each reply is read in a task of
 * its own, so the window keeps drawing frames while the rest arrives. Null when `wanted` turns false (the user
 * opened something else meanwhile).
 */
export async function fetchRestOfText(
  first: DocumentDetail,
  arrived: BlockRange,
  fetchSlice: (range: BlockRange) => Promise<string>,
  wanted: () => boolean,
): Promise<DocumentDetail | null> {
  const blocks = first.revision.blocks.slice()
  const before = sliceRanges(blocks, 0, arrived.from)
  const after = sliceRanges(blocks, arrived.to, blocks.length)
  const windowText = blocks
    .slice(arrived.from, arrived.to)
    .map((block) => block.text)
    .join(blockSeparator)
  // The next slices are asked for before this one is read, so main cuts them out meanwhile and a slice's round trip
  // does not wait on the page. Those left waiting when the user opens something else are not read, and whatever
  // they end in is no one's concern.
  const ask = (range: BlockRange) => {
    const asked = fetchSlice(range)
    asked.catch(() => undefined)
    return asked
  }
  const ranges = [...before, ...after]
  const texts: string[] = []
  const asked = ranges.slice(0, slicesAhead).map(ask)
  for (const [at, range] of ranges.entries()) {
    const text = await asked[at]!
    if (!wanted()) return null
    const following = ranges[at + slicesAhead]
    if (following) asked.push(ask(following))
    const blockTexts = text.split(blockSeparator)
    if (blockTexts.length !== range.to - range.from) throw new Error('The text arrived cut unlike its blocks.')
    blockTexts.forEach((blockText, offset) => {
      blocks[range.from + offset] = { ...blocks[range.from + offset]!, text: blockText }
    })
    texts.push(text)
  }
  const pieces = [...texts.slice(0, before.length), windowText, ...texts.slice(before.length)]
  return { ...first, revision: { ...first.revision, blocks, text: concatenated(pieces) } }
}

/**
 * The pieces with a separator between each, by `+`: the engine keeps such a string as a tree of its pieces and
 * copies them into one only when something first reads inside it (find, copy, a new annotation). `join` copied
 * the eight million characters of a 10 MB text at once, in the frame in which the text became whole (about 100 ms
 * on a loaded machine).
 */
function concatenated(pieces: readonly string[]): string {
  let text = pieces[0] ?? ''
  for (let index = 1; index < pieces.length; index++) text = text + blockSeparator + pieces[index]!
  return text
}
