import { useTranslation } from 'react-i18next'
import type { CardKind, ClozeGrouping } from '@common/study/card'
import { Dialog } from '../../ui/Dialog'
import { FormFooter } from '../../ui/FormFooter'
import { errorMessage } from '../../ui/errorMessage'
import { shorten } from '../../ui/excerpt'
import { useStore } from '../../state/createStore'
import {
  chooseGrouping,
  chooseKind,
  closeStudyPreview,
  createDraftCards,
  editDraftCard,
  studyPreviewStore,
} from '../../state/studyPreviewStore'
import { showStudyMessage } from '../../state/studyStore'

const kinds: CardKind[] = ['cloze', 'question']
const groupings: ClozeGrouping[] = ['separate', 'combined']

/** The cards "Study these…" would make: pick the kind, edit any card's text, leave any out, then create. */
export function StudyPreviewDialog() {
  const { t } = useTranslation()
  const state = useStore(studyPreviewStore)
  const kept = state.cards.filter((card) => card.included).length
  const submit = async () => {
    const created = await createDraftCards()
    if (created > 0) showStudyMessage(t('study.preview.created', { count: created }))
  }
  return (
    <Dialog title={t('study.preview.title')} open={state.open} onClose={closeStudyPreview}>
      <form
        className="form study-preview"
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <fieldset className="study-preview__choice">
          <legend>{t('study.preview.kind')}</legend>
          {kinds.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="study-kind"
                checked={state.kind === kind}
                onChange={() => void chooseKind(kind)}
              />{' '}
              {t(`study.preview.kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        {state.kind === 'cloze' ? (
          <fieldset className="study-preview__choice">
            <legend>{t('study.preview.grouping')}</legend>
            {groupings.map((grouping) => (
              <label key={grouping}>
                <input
                  type="radio"
                  name="study-grouping"
                  checked={state.grouping === grouping}
                  onChange={() => void chooseGrouping(grouping)}
                />{' '}
                {t(`study.preview.groupings.${grouping}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        {state.status === 'loading' ? <p role="status">{t('study.preview.loading')}</p> : null}
        {state.status !== 'loading' && state.cards.length === 0 && state.refused.length > 0 ? (
          <p className="form__error">{t('study.preview.none')}</p>
        ) : null}
        {state.kind === 'cloze' && state.cards.length > 0 ? (
          <p className="study-preview__hint">{t('study.preview.promptHint', { open: '{{c1::', close: '}}' })}</p>
        ) : null}
        <ol className="study-preview__cards" aria-label={t('study.preview.title')}>
          {state.cards.map((card, index) => (
            <li key={`${card.annotationIds.join()}-${index}`} className="study-preview__card">
              <label className="study-preview__include">
                <input
                  type="checkbox"
                  checked={card.included}
                  onChange={(event) => editDraftCard(index, { included: event.target.checked })}
                />{' '}
                {t('study.preview.include')}
              </label>
              <label className="study-preview__field">
                {card.kind === 'cloze' ? t('study.preview.prompt') : t('study.preview.question')}
                <textarea
                  value={card.prompt}
                  rows={card.kind === 'cloze' ? 3 : 2}
                  disabled={!card.included}
                  onChange={(event) => editDraftCard(index, { prompt: event.target.value })}
                />
              </label>
              {card.kind === 'question' ? (
                <label className="study-preview__field">
                  {t('study.preview.answer')}
                  <textarea
                    value={card.answer}
                    rows={2}
                    disabled={!card.included}
                    onChange={(event) => editDraftCard(index, { answer: event.target.value })}
                  />
                </label>
              ) : null}
              {card.kind === 'cloze' && card.suggestedKind === 'question' ? (
                <p className="study-preview__hint">{t('study.preview.suggestedQuestion')}</p>
              ) : null}
            </li>
          ))}
        </ol>
        {state.refused.length > 0 ? (
          <div className="study-preview__refused">
            <p>{t('study.preview.refused', { count: state.refused.length })}</p>
            <ul>
              {state.refused.map((refusal) => (
                <li key={refusal.annotationId}>
                  {t('study.preview.refusedItem', {
                    quote: shorten(refusal.quote ?? '', 60),
                    reason: errorMessage(t, { code: refusal.code }),
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <FormFooter
          error={state.status === 'failed' ? errorMessage(t, state.error) : null}
          cancelLabel={t('study.preview.cancel')}
          submitLabel={t('study.preview.create', { count: kept })}
          onCancel={closeStudyPreview}
          busy={kept === 0 || state.status === 'loading' || state.status === 'saving'}
        />
      </form>
    </Dialog>
  )
}
