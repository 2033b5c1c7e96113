import type { TFunction } from 'i18next'
import type { Annotation } from '@common/model/annotation'

/**
 * The ¶ number on an annotation card: "¶ 12", or "¶12, was ¶11" when the newest draft renumbered the paragraph the
 * annotation was carried over from, so the number a user cited last week is still recognisable. `label` is the
 * citation to show ("11, 2nd para."); the paragraph's own number by default.
 */
export function paragraphNote(
  t: TFunction,
  annotation: Annotation,
  label: string | null = annotation.paragraphLabel,
): string | null {
  if (!label) return null
  const previous = annotation.carryOver?.previousParagraphLabel
  if (previous && previous !== annotation.paragraphLabel && annotation.anchorStatus === 'anchored') {
    return t('drafts.report.wasParagraph', { label, previous })
  }
  return t('annotations.card.paragraph', { label })
}
