import { blockStartOffsets } from '../text/canonicalText'
import { alignParagraphs, type ParagraphAlignment } from './paragraphAlignment'
import { alignWords, type WordRun } from './wordAlignment'
import { TokenIds } from './wordTokens'

/** A draft as the alignment reads it: its blocks' texts, joined by '\n' into the canonical text. */
export type DraftText = { texts: readonly string[]; text: string; starts: readonly number[] }

/** Make a DraftText from block texts. */
export function draftText(texts: readonly string[]): DraftText {
  const blocks = texts.map((text) => ({ text }))
  return { texts, text: texts.join('\n'), starts: blockStartOffsets(blocks as never) }
}

/** How a span of the old canonical text maps: one to one, as a whole (kept but written differently), or replaced. */
export const segmentKinds = { identical: 0, loose: 1, change: 2 } as const

/**
 * One old→new offset map for the whole document, built once from the alignment: sorted, non-overlapping spans of
 * the old canonical text with the span of the new text each became. Every annotation goes through this map.
 */
export type OffsetMap = {
  oldStart: Int32Array
  oldEnd: Int32Array
  newStart: Int32Array
  newEnd: Int32Array
  kind: Uint8Array
  length: number
}

/** Two drafts aligned: paragraphs, the word runs of each paired paragraph, and the offset map. */
export type DraftAlignment = {
  older: DraftText
  newer: DraftText
  paragraphs: ParagraphAlignment
  /** Word runs of each old paragraph with its partner (empty for deleted ones), offsets within the paragraphs. */
  runs: WordRun[][]
  map: OffsetMap
}

/** Align two drafts once: paragraphs, then words inside each paired paragraph, then the offset map. */
export function alignDrafts(older: DraftText, newer: DraftText): DraftAlignment {
  const paragraphs = alignParagraphs(older.texts, newer.texts)
  const ids = new TokenIds()
  const runs = older.texts.map((text, i) => {
    const j = paragraphs.newOf[i]!
    return j === -1 ? [] : alignWords(text, newer.texts[j]!, ids)
  })
  return { older, newer, paragraphs, runs, map: buildOffsetMap(older, newer, paragraphs, runs) }
}

function buildOffsetMap(
  older: DraftText,
  newer: DraftText,
  paragraphs: ParagraphAlignment,
  runs: WordRun[][],
): OffsetMap {
  const total = runs.reduce((sum, list) => sum + list.length, 0)
  const map: OffsetMap = {
    oldStart: new Int32Array(total),
    oldEnd: new Int32Array(total),
    newStart: new Int32Array(total),
    newEnd: new Int32Array(total),
    kind: new Uint8Array(total),
    length: 0,
  }
  runs.forEach((list, i) => {
    const j = paragraphs.newOf[i]!
    if (j === -1) return
    const oldBase = older.starts[i]!
    const newBase = newer.starts[j]!
    for (const run of list) {
      const k = map.length++
      map.oldStart[k] = oldBase + run.oldStart
      map.oldEnd[k] = oldBase + run.oldEnd
      map.newStart[k] = newBase + run.newStart
      map.newEnd[k] = newBase + run.newEnd
      map.kind[k] =
        run.op === 'change' ? segmentKinds.change : run.identical ? segmentKinds.identical : segmentKinds.loose
    }
  })
  return map
}

/** The index of the map segment holding old offset `offset` (a non-empty one), or -1. */
export function segmentAt(map: OffsetMap, offset: number): number {
  let low = 0
  let high = map.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (map.oldStart[middle]! <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  // Empty (pure insertion) segments sit before the segment starting at the same offset: step past them.
  while (found >= 0 && map.oldEnd[found]! <= offset && found + 1 < map.length && map.oldStart[found + 1]! <= offset)
    found++
  return found >= 0 && offset < map.oldEnd[found]! ? found : -1
}

/** The first map segment that ends after old offset `offset` (where a scan of a span starting there begins). */
export function firstSegmentEndingAfter(map: OffsetMap, offset: number): number {
  let low = 0
  let high = map.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (map.oldEnd[middle]! <= offset) low = middle + 1
    else high = middle
  }
  return low
}
