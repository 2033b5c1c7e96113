import type { TFunction } from 'i18next'
import type { Annotation } from '@common/model/annotation'

/**
 * The ¶ number on an annotation card: "¶ 12", or "¶12, was ¶11" when the newest draft renumbered the paragraph the
 * annotation was carried over from, so the number a user cited last week is still recognisable.
 */
export function paragraphNote(t: TFunction, annotation: Annotation): string | null {
  const label = annotation.paragraphLabel
  if (!label) return null
  const previous = annotation.carryOver?.previousParagraphLabel
  if (previous && previous !== label && annotation.anchorStatus === 'anchored') {
    return t('drafts.report.wasParagraph', { label, previous })
  }
  return t('annotations.card.paragraph', { label })
}
