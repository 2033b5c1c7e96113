import type { Block } from '../model/document'
import { blockIndexAt } from '../text/canonicalText'
import { ownLabel, paragraphLabelAt } from './paragraphLabel'

/** The languages citations are written in (the interface languages). */
export type CitationLanguage = 'en' | 'vi'

/**
 * Which paragraph of a numbered paragraph a position is in, counting the numbered block itself as the first: 2 for
 * the first unnumbered paragraph (or bullet) after "11.", 3 for the next. Null where the label alone is precise:
 * the numbered block itself, a lettered item ("12(b)"), or text with no label. It walks back the same way as
 * `paragraphLabelAt`, so the two always agree; `Annotation.paragraphLabel` stays the plain number.
 */
export function paragraphOrdinalAt(blocks: readonly Block[], starts: readonly number[], offset: number): number | null {
  const label = paragraphLabelAt(blocks, starts, offset)
  if (label === null) return null
  const index = blockIndexAt(starts, offset)
  for (let i = index; i >= 0; i--) {
    const block = blocks[i]
    if (!block || (block.kind === 'heading' && i !== index)) return null
    const own = ownLabel(block.text)
    if (own === null) continue
    // A lettered item takes its parent's number with its letter: that label is already precise.
    return i === index || own !== label ? null : index - i + 1
  }
  return null
}

function englishOrdinal(value: number): string {
  const tens = value % 100
  if (tens >= 11 && tens <= 13) return `${value}th`
  return `${value}${{ 1: 'st', 2: 'nd', 3: 'rd' }[value % 10] ?? 'th'}`
}

/** A citation without the ¶ sign ("11", "11, 2nd para.", "11, đoạn 2"), for columns headed ¶. */
export function citationWithoutSign(label: string, ordinal: number | null, language: CitationLanguage): string {
  if (ordinal === null) return label
  return language === 'vi' ? `${label}, đoạn ${ordinal}` : `${label}, ${englishOrdinal(ordinal)} para.`
}

/**
 * How a passage's paragraph is cited, the same in the panel and every export: "¶ 11" for the numbered paragraph,
 * "¶ 11, 2nd para." / "¶ 11, đoạn 2" for the unnumbered paragraphs under it.
 */
export function formatParagraphCitation(label: string, ordinal: number | null, language: CitationLanguage): string {
  return `¶ ${citationWithoutSign(label, ordinal, language)}`
}

/** Something with a paragraph label and a start in a revision's text (an annotation, a search hit). */
type Cited = { paragraphLabel: string | null; start: number }

/**
 * The citation of a passage in `blocks` (the revision its offsets count in), or null when it has no label.
 * `starts` are the blocks' start offsets (pass them when citing many passages of one revision).
 */
export function citePassage(
  passage: Cited,
  blocks: readonly Block[],
  starts: readonly number[],
  language: CitationLanguage,
  withSign = true,
): string | null {
  if (passage.paragraphLabel === null) return null
  const ordinal = paragraphOrdinalAt(blocks, starts, passage.start)
  return withSign
    ? formatParagraphCitation(passage.paragraphLabel, ordinal, language)
    : citationWithoutSign(passage.paragraphLabel, ordinal, language)
}
