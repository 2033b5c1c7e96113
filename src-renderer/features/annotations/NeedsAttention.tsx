import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import { deleteAnnotation } from '../../state/annotationActions'
import { annotationFocus, setReattaching } from '../../state/annotationSelection'
import { attempt } from '../../state/annotationMessages'
import { useStore } from '../../state/createStore'
import { OrphanHistory } from '../drafts/OrphanHistory'
import { excerpt } from '../../ui/excerpt'
import { LightMarkdownPreview } from './LightMarkdown'

/**
 * Annotations whose passage could not be found in the current text. They are never drawn (a wrong place is worse
 * than none); the user re-attaches each by selecting the new passage, or deletes it.
 */
export function NeedsAttention({ orphans }: { orphans: readonly Annotation[] }) {
  const { t } = useTranslation()
  const { reattachingId } = useStore(annotationFocus)
  if (orphans.length === 0) return null
  return (
    <section className="attention" aria-label={t('annotations.attention.title', { count: orphans.length })}>
      <h3 className="attention__title">{t('annotations.attention.title', { count: orphans.length })}</h3>
      <p className="attention__hint">{t('annotations.attention.hint')}</p>
      <ul className="attention__list">
        {orphans.map((annotation) => (
          <li key={annotation.id} className="attention__item">
            <q className="attention__quote">{excerpt(annotation, 160)}</q>
            {annotation.paragraphLabel ? (
              <span className="card__paragraph">
                {t('annotations.card.paragraph', { label: annotation.paragraphLabel })}
              </span>
            ) : null}
            <OrphanHistory annotation={annotation} />
            {annotation.comments[0] ? (
              // The thread is what a delete would lose: say what it holds before the user chooses.
              <p className="attention__thread">
                {t('annotations.attention.thread', { count: annotation.comments.length })}{' '}
                <LightMarkdownPreview source={annotation.comments[0].body} length={120} />
              </p>
            ) : null}
            {reattachingId === annotation.id ? (
              <p role="status" className="attention__choosing">
                {t('annotations.attention.choosing')}
              </p>
            ) : null}
            <div className="attention__actions">
              <button
                type="button"
                className="button"
                aria-pressed={reattachingId === annotation.id}
                aria-label={`${t('annotations.attention.reattach')}: ${excerpt(annotation, 40)}`}
                onClick={() => setReattaching(reattachingId === annotation.id ? null : annotation.id)}
              >
                {t('annotations.attention.reattach')}
              </button>
              <button
                type="button"
                className="button button--danger"
                aria-label={`${t('annotations.thread.delete')}: ${excerpt(annotation, 40)}`}
                onClick={() => void attempt(() => deleteAnnotation(annotation.id))}
              >
                {t('annotations.thread.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
