import type { TFunction } from 'i18next'
import { citationWithoutSign } from '@common/anchoring/paragraphCitation'
import type { ComparedParagraph } from '@common/model/draft'
import { shorten } from '../../ui/excerpt'

/**
 * How a diplomat cites one side of a compared paragraph: "¶11" or "¶11, 2nd para." under a number; the heading's own
 * words for an unnumbered heading; "paragraph 21" (its place in the draft) for any other unnumbered paragraph; a dash
 * when the paragraph is not in that draft. Never a made-up number.
 */
export function comparedCitation(
  t: TFunction,
  language: string,
  paragraph: ComparedParagraph,
  side: 'old' | 'new',
): string {
  const index = side === 'old' ? paragraph.oldIndex : paragraph.newIndex
  if (index === null) return t('drafts.compare.noNumber')
  const label = side === 'old' ? paragraph.oldLabel : paragraph.newLabel
  const ordinal = side === 'old' ? paragraph.oldOrdinal : paragraph.newOrdinal
  if (label !== null) {
    return t('drafts.report.paragraph', { label: citationWithoutSign(label, ordinal, language === 'vi' ? 'vi' : 'en') })
  }
  if (paragraph.heading) {
    const dropped = side === 'old' ? 'insert' : 'delete'
    const text = paragraph.segments
      .filter((segment) => segment.op !== dropped)
      .map((segment) => segment.text)
      .join('')
    return t('drafts.compare.heading', { text: shorten(text, 32) })
  }
  return t('drafts.compare.paragraphNumber', { number: index + 1 })
}
