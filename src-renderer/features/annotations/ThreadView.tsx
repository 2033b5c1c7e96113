import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { annotationColors, type Annotation, type Comment } from '@common/model/annotation'
import {
  addComment,
  deleteAnnotation,
  deleteComment,
  editComment,
  setColor,
  setResolved,
  setTags,
} from '../../state/annotationActions'
import { annotationFocus, selectAnnotation, setReattaching } from '../../state/annotationSelection'
import { announce, attempt } from '../../state/annotationMessages'
import { annotationsStore } from '../../state/annotationsStore'
import { useStore } from '../../state/createStore'
import { sameAnnotation } from '../../state/pendingAnnotations'
import { liveCardCount } from '../../state/annotationCards'
import { AuthorName } from './AuthorName'
import { ColorSwatch } from './ColorSwatch'
import { CommentForm } from './CommentForm'
import { excerpt } from '../../ui/excerpt'
import { LightMarkdown } from './LightMarkdown'
import { StaleCardsOffer } from './StaleCardsOffer'
import { TagEditor } from './TagEditor'
import { threadOrder } from './threadOrder'

/** An open annotation: colour, tags, the comment with its replies, resolve/reopen, delete. */
export function ThreadView({ annotation }: { annotation: Annotation }) {
  const { t } = useTranslation()
  const focus = useStore(annotationFocus)
  const selected = sameAnnotation(focus.selectedId, annotation.id)
  const editingTags = selected && focus.editing === 'tags'
  const wantsComment = selected && focus.editing === 'comment'
  const ordered = threadOrder(annotation.comments)
  // New replies answer the first top-level comment; every top-level comment is shown.
  const root = ordered.find((comment) => comment.parentId === null)

  return (
    <div className="thread" role="group" aria-label={t('annotations.thread.label', { quote: excerpt(annotation) })}>
      <div className="thread__colors" role="group" aria-label={t('annotations.thread.color')}>
        {annotationColors.map((color) => (
          <button
            key={color}
            type="button"
            className="color-button"
            aria-pressed={annotation.color === color}
            aria-label={t(`annotations.colors.${color}`)}
            title={t(`annotations.colors.${color}`)}
            onClick={() => void attempt(() => setColor(annotation.id, color))}
          >
            <ColorSwatch color={color} />
          </button>
        ))}
      </div>
      {editingTags ? (
        <TagEditor
          tags={annotation.tags}
          autoFocus
          onChange={(names) => void attempt(() => setTags(annotation.id, names))}
          onDone={() => selectAnnotation(annotation.id, { editing: 'thread', focusCard: true })}
        />
      ) : (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => selectAnnotation(annotation.id, { editing: 'tags' })}
        >
          {t('annotations.thread.editTags')}
        </button>
      )}
      {root ? (
        <ol className="thread__comments">
          {ordered.map((comment) => (
            <CommentItem key={comment.id} comment={comment} annotationId={annotation.id} />
          ))}
        </ol>
      ) : null}
      {root ? (
        <CommentForm
          label={t('annotations.thread.reply')}
          submitLabel={t('annotations.thread.reply')}
          onSubmit={(body) => attempt(() => addComment(annotation.id, body, root.id))}
        />
      ) : (
        <CommentForm
          label={t('annotations.thread.comment')}
          submitLabel={t('annotations.thread.send')}
          autoFocus={wantsComment}
          onSubmit={(body) => attempt(() => addComment(annotation.id, body, null))}
        />
      )}
      <div className="thread__actions">
        <button
          type="button"
          className="button"
          onClick={() => void attempt(() => setResolved(annotation.id, annotation.resolvedAt === null))}
        >
          {annotation.resolvedAt === null ? t('annotations.thread.resolve') : t('annotations.thread.reopen')}
        </button>
        {annotation.anchorStatus === 'orphaned' ? (
          <button type="button" className="button" onClick={() => setReattaching(annotation.id)}>
            {t('annotations.attention.reattach')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--danger"
          onClick={() => void attempt(() => deleteAndMoveOn(annotation.id))}
        >
          {t('annotations.thread.delete')}
        </button>
      </div>
      <StaleCardsOffer annotation={annotation} />
    </div>
  )
}

function CommentItem({ comment, annotationId }: { comment: Comment; annotationId: string }) {
  const { t, i18n } = useTranslation()
  const [editing, setEditing] = useState(false)
  const time = new Date(comment.createdAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <li className={comment.parentId ? 'comment comment--reply' : 'comment'}>
      <div className="comment__meta">
        <AuthorName name={comment.author} authorId={comment.authorId} />
        {t('annotations.thread.writtenAt', { time })}
      </div>
      {editing ? (
        <CommentForm
          label={t('annotations.thread.editComment')}
          submitLabel={t('annotations.thread.send')}
          initial={comment.body}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            const saved = await attempt(() => editComment(annotationId, comment.id, body))
            if (saved) setEditing(false)
            return saved
          }}
        />
      ) : (
        <LightMarkdown source={comment.body} />
      )}
      {editing ? null : (
        <div className="comment__actions">
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('annotations.thread.editComment')}
            onClick={() => setEditing(true)}
          >
            {t('annotations.thread.edit')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('annotations.thread.deleteComment')}
            onClick={() => void attempt(() => deleteCommentAndSay(annotationId, comment.id))}
          >
            ×
          </button>
        </div>
      )}
    </li>
  )
}

/** Delete a comment (with its replies) and say so, offering Undo and to remove it from the backups too. */
async function deleteCommentAndSay(annotationId: string, commentId: string): Promise<void> {
  await deleteComment(annotationId, commentId)
  announce('annotations.deleted.comment', undefined, { offersUndo: true, offersBackupErase: true })
}

/**
 * Delete an annotation, say so (and how many study cards went with it) with an Undo button, and give the caret to the card that takes its place (the next
 * one, else the one before), or to that Undo button when it was the last: never to the page body.
 */
async function deleteAndMoveOn(annotationId: string): Promise<void> {
  const anchored = annotationsStore.get().annotations.filter((each) => each.anchorStatus === 'anchored')
  const index = anchored.findIndex((each) => each.id === annotationId)
  const neighbour = anchored[index + 1] ?? anchored[index - 1] ?? null
  // Its study cards are retired with it (Undo brings both back): say so, or the cards seem to vanish.
  // Not knowing the count must not stop the delete: it then reads as a plain one.
  const cards = await liveCardCount(annotationId).catch(() => 0)
  await deleteAnnotation(annotationId)
  const offers = { offersUndo: true, offersBackupErase: true }
  if (cards > 0) announce('annotations.deleted.withCards', { count: cards }, offers)
  else announce('annotations.deleted.message', undefined, offers)
  if (neighbour) selectAnnotation(neighbour.id, { focusCard: true })
  else requestAnimationFrame(() => document.querySelector<HTMLElement>('.annotation-panel__undo')?.focus())
}
