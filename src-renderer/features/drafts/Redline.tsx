import { useTranslation } from 'react-i18next'
import type { CompareSegment } from '@common/model/draft'

/**
 * Kept, deleted and inserted runs of text. Deleted text is struck through in <del>, inserted text underlined in
 * <ins>, and each carries a word a screen reader says ("deleted", "inserted"), so colour is never the only sign.
 */
export function Redline({ segments, label }: { segments: readonly CompareSegment[]; label?: string }) {
  const { t } = useTranslation()
  return (
    <span className="redline" role={label ? 'group' : undefined} aria-label={label}>
      {segments.map((segment, index) =>
        segment.op === 'equal' ? (
          <span key={index}>{segment.text}</span>
        ) : segment.op === 'delete' ? (
          <del key={index} className="redline__delete">
            <span className="visually-hidden">{`[${t('drafts.changed.deleted')}: `}</span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <ins key={index} className="redline__insert">
            <span className="visually-hidden">{`[${t('drafts.changed.inserted')}: `}</span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </ins>
        ),
      )}
    </span>
  )
}
