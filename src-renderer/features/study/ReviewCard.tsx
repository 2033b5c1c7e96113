import { useTranslation } from 'react-i18next'
import { parseCloze } from '@common/study/cloze'
import type { StudyCard } from '@common/study/card'

/** One card's face: the sentence with its gaps hidden (or revealed), or the question and, once shown, the answer. */
export function ReviewCard({ card, revealed }: { card: StudyCard; revealed: boolean }) {
  const { t } = useTranslation()
  if (card.kind === 'question') {
    return (
      <div className="study-card__text">
        <p className="study-card__question">{card.prompt}</p>
        {revealed ? <p className="study-card__answer">{card.answer}</p> : null}
      </div>
    )
  }
  return (
    <p className="study-card__text">
      {parseCloze(card.prompt).map((part, index) =>
        part.gap === null ? (
          <span key={index}>{part.text}</span>
        ) : revealed ? (
          <mark key={index} className="study-card__gap study-card__gap--revealed">
            {part.text}
          </mark>
        ) : (
          <span key={index} className="study-card__gap" aria-label={t('study.review.hidden')}>
            {t('study.review.gap')}
          </span>
        ),
      )}
    </p>
  )
}
