import { forwardRef, type CSSProperties, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import { flashAnnotation, selectAnnotation } from '../../state/annotationSelection'
import { isUnsaved } from '../../state/pendingAnnotations'
import { revealPassage } from '../../state/readerNavigation'
import { ChangedBadge, ChangedSince } from '../drafts/ChangedSince'
import { paragraphNote } from '../drafts/paragraphNote'
import { AuthorName } from './AuthorName'
import { ColorSwatch } from './ColorSwatch'
import { ConflictChoice } from './ConflictChoice'
import { PrivateToggle } from './PrivateToggle'
import { excerpt } from '../../ui/excerpt'
import { LightMarkdownPreview } from './LightMarkdown'
import { ThreadView } from './ThreadView'
import { useParagraphCitation } from './useParagraphCitation'

type AnnotationCardProps = {
  annotation: Annotation
  selected: boolean
  expanded: boolean
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void
}

/**
 * One annotation in the panel: colour name and pattern, ¶ number, quote, tags, comment, replies count, author.
 * Activating it shows and flashes the passage and opens its thread; resolved threads stay folded until opened.
 */
export const AnnotationCard = forwardRef<HTMLButtonElement, AnnotationCardProps>(function AnnotationCard(
  { annotation, selected, expanded, onKeyDown },
  ref,
) {
  const { t } = useTranslation()
  const colorName = t(`annotations.colors.${annotation.color}`)
  const root = annotation.comments.find((comment) => comment.parentId === null)
  const replies = annotation.comments.length - (root ? 1 : 0)
  const resolved = annotation.resolvedAt !== null
  // The redline and conflict parts are mounted only when they have something to show: cards mount on every scroll
  // step of a long panel, and each part is one more subscription to the translations.
  const changed = annotation.carryOver?.changedSince != null
  const citation = useParagraphCitation(annotation)
  const label = t('annotations.card.label', {
    color: colorName,
    paragraph: citation ? t('annotations.card.inParagraph', { label: citation }) : '',
    quote: excerpt(annotation),
  })

  const open = () => {
    selectAnnotation(expanded ? null : annotation.id, { editing: expanded ? null : 'thread' })
    if (annotation.anchorStatus === 'anchored') {
      revealPassage(annotation.documentId, annotation.target.start, annotation.target.end)
      flashAnnotation(annotation.id)
    }
  }

  return (
    <article
      className={`card card--${annotation.color}${selected ? ' card--selected' : ''}`}
      data-annotation-id={annotation.id}
    >
      <button
        ref={ref}
        type="button"
        className="card__main"
        aria-label={label}
        aria-expanded={expanded}
        aria-current={selected ? 'true' : undefined}
        onClick={open}
        onKeyDown={onKeyDown}
      >
        <span className="card__head">
          <ColorSwatch color={annotation.color} />
          <span className="card__color">{colorName}</span>
          {citation ? <span className="card__paragraph">{paragraphNote(t, annotation, citation)}</span> : null}
          {changed ? <ChangedBadge annotation={annotation} /> : null}
          {resolved ? <span className="card__badge">{t('annotations.card.resolved')}</span> : null}
          {isUnsaved(annotation.id) ? (
            <span className="card__badge card__badge--unsaved">{t('annotations.card.unsaved')}</span>
          ) : null}
        </span>
        <span className="card__quote">{excerpt(annotation, 160)}</span>
        {annotation.tags.length ? (
          <span className="card__tags">
            {annotation.tags.map((tag) => (
              <span
                key={tag.id}
                className={tag.color ? 'tag-chip tag-chip--colored' : 'tag-chip'}
                style={tag.color ? ({ '--tag-color': tag.color } as CSSProperties) : undefined}
              >
                {tag.name}
              </span>
            ))}
          </span>
        ) : null}
        {root && !resolved && !expanded ? (
          <span className="card__comment">
            <LightMarkdownPreview source={root.body} length={140} />
          </span>
        ) : null}
        <span className="card__meta">
          <AuthorName name={annotation.author} authorId={annotation.authorId} />
          {annotation.arrivedAt ? ` · ${t('annotations.card.arrived')}` : ''}
          {replies > 0 ? ` · ${t('annotations.card.replies', { count: replies })}` : ''}
        </span>
      </button>
      {changed ? <ChangedSince annotation={annotation} /> : null}
      {annotation.conflict ? <ConflictChoice annotation={annotation} /> : null}
      {expanded ? <PrivateToggle annotation={annotation} /> : null}
      {expanded ? <ThreadView annotation={annotation} /> : null}
    </article>
  )
})
