import { useTranslation } from 'react-i18next'
import type { ComparedParagraph } from '@common/model/draft'
import { comparedCitation } from './comparedCitation'
import { Redline } from './Redline'

/**
 * One paragraph of the compare view: what happened to it (in words: "Moved", "Inserted"…), its number in the
 * older and the newer draft, and its text with deleted and inserted words marked.
 */
export function ComparedParagraphRow({ paragraph, current }: { paragraph: ComparedParagraph; current: boolean }) {
  const { t, i18n } = useTranslation()
  const numbers = t('drafts.compare.numbers', {
    old: comparedCitation(t, i18n.language, paragraph, 'old'),
    new: comparedCitation(t, i18n.language, paragraph, 'new'),
  })
  return (
    <div
      className={`compare-row compare-row--${paragraph.kind}${current ? ' compare-row--current' : ''}`}
      aria-current={current ? 'true' : undefined}
    >
      <div className="compare-row__margin">
        <span className="compare-row__numbers">{numbers}</span>
        {paragraph.kind === 'unchanged' ? null : (
          <span className="compare-row__kind">{t(`drafts.compare.kinds.${paragraph.kind}`)}</span>
        )}
      </div>
      <p className="compare-row__text">
        <Redline segments={paragraph.segments} />
      </p>
    </div>
  )
}
