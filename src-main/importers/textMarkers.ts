import type { Block, InlineMark } from '../common/model/document'
import { blockStartOffsets } from '../common/text/canonicalText'

/**
 * Unicode noncharacters, which never occur in text people exchange: a marker written into a source document
 * travels through the format's converter (mammoth, the HTML reader) with the text around it, and is taken out of
 * the final blocks again, leaving behind where it was. This is how a Word comment's range becomes canonical offsets
 * without re-implementing the converter.
 */
const open = '\uFDD0'
const close = '\uFDD1'
const markerPattern = /\uFDD0([^\uFDD0\uFDD1]{1,40})\uFDD1/g

/** The text of a marker with this key (keys are short ASCII, such as "s12" or "e12"). */
export function markerText(key: string): string {
  return `${open}${key}${close}`
}

/** Blocks without markers, and the canonical offset where each marker key stood (the first time it occurs). */
export type ExtractedMarkers = { blocks: Block[]; positions: Map<string, number> }

/**
 * Take every marker out of `blocks` (already finished: NFC, trimmed, collapsed). Where removing a marker leaves two
 * spaces side by side, or a space at a block's edge, that space goes too, so the text is exactly what the file
 * would have given without markers; inline marks are moved to match. A block left empty is dropped, and its
 * markers stand at the start of the next block (or the end of the text).
 */
export function extractMarkers(blocks: readonly Block[]): ExtractedMarkers {
  const kept: Block[] = []
  const local: { block: number; offset: number; key: string }[] = []
  for (const block of blocks) {
    if (!block.text.includes(open)) {
      kept.push(block)
      continue
    }
    const { text, map, found } = removeMarkers(block.text)
    for (const { key, offset } of found) local.push({ block: kept.length, offset, key })
    if (!text) continue
    const next: Block = { ...block, text }
    if (block.marks) {
      const marks = block.marks
        .map((mark): InlineMark => ({ ...mark, start: map[mark.start]!, end: map[mark.end]! }))
        .filter((mark) => mark.end > mark.start)
      if (marks.length > 0) next.marks = marks
      else delete next.marks
    }
    kept.push(next)
  }
  const starts = blockStartOffsets(kept)
  const total = kept.reduce((sum, block) => sum + block.text.length, 0) + Math.max(0, kept.length - 1)
  const positions = new Map<string, number>()
  for (const { block, offset, key } of local) {
    if (positions.has(key)) continue
    const start = starts[block]
    positions.set(key, start === undefined ? total : start + Math.min(offset, kept[block]!.text.length))
  }
  return { blocks: kept, positions }
}

/** One block's text without markers; `map[i]` is where old offset i lands in the new text. */
function removeMarkers(source: string): { text: string; map: number[]; found: { key: string; offset: number }[] } {
  const found: { key: string; offset: number }[] = []
  const map: number[] = new Array<number>(source.length + 1)
  let text = ''
  let index = 0
  let removedSince = false
  markerPattern.lastIndex = 0
  while (index < source.length) {
    markerPattern.lastIndex = index
    const match = source[index] === open ? markerPattern.exec(source) : null
    if (match && match.index === index) {
      for (let at = index; at < index + match[0].length; at += 1) map[at] = text.length
      found.push({ key: match[1]!, offset: text.length })
      index += match[0].length
      removedSince = true
      continue
    }
    const character = source[index]!
    const doubled: boolean = character === ' ' && removedSince && (text === '' || text.endsWith(' '))
    map[index] = text.length
    if (!doubled) text += character
    removedSince = removedSince && doubled
    index += 1
  }
  map[source.length] = text.length
  const trimmedStart = text.length - text.trimStart().length
  const trimmed = text.trim()
  const clamp = (offset: number): number => Math.max(0, Math.min(offset - trimmedStart, trimmed.length))
  return {
    text: trimmed,
    map: map.map(clamp),
    found: found.map((entry) => ({ ...entry, offset: clamp(entry.offset) })),
  }
}
