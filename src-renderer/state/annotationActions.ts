import type { Annotation, AnnotationColor } from '@common/model/annotation'
import { api } from '../api/client'
import { applyAnnotation, dropAnnotation, findAnnotation } from './annotationsStore'
import { pushCommand } from './commandStack'
import { storedId } from './pendingAnnotations'

/**
 * Every annotation action the user takes: call main, put the answer in the store, and record how to undo it by
 * calling the inverse (delete ↔ restore with the same id, old colour, old tags, old text, reopen ↔ resolve).
 */
async function apply(call: Promise<Annotation>): Promise<Annotation> {
  const annotation = await call
  applyAnnotation(annotation)
  return annotation
}

/** Record the creation of `created` (already in the store) so that Ctrl+Z takes it back. */
export function recordCreation(created: Annotation): void {
  let snapshot = created
  pushCommand({
    label: 'annotations.undo.create',
    undo: async () => {
      snapshot = await api['annotations.delete'](created.id)
      dropAnnotation(created.id)
    },
    redo: async () => {
      await apply(api['annotations.restore'](snapshot))
    },
  })
}

/** Delete an annotation (undo puts it back with its id, tags and thread). */
export async function deleteAnnotation(id: string): Promise<void> {
  const annotationId = await storedId(id)
  const snapshot = await api['annotations.delete'](annotationId)
  dropAnnotation(annotationId)
  pushCommand({
    label: 'annotations.undo.delete',
    undo: async () => {
      await apply(api['annotations.restore'](snapshot))
    },
    redo: async () => {
      await api['annotations.delete'](annotationId)
      dropAnnotation(annotationId)
    },
  })
}

/** Change the colour. */
export async function setColor(id: string, color: AnnotationColor): Promise<void> {
  const annotationId = await storedId(id)
  const before = findAnnotation(annotationId)?.color
  if (!before || before === color) return
  await apply(api['annotations.setColor'](annotationId, color))
  pushCommand({
    label: 'annotations.undo.color',
    undo: async () => void (await apply(api['annotations.setColor'](annotationId, before))),
    redo: async () => void (await apply(api['annotations.setColor'](annotationId, color))),
  })
}

/** Replace the tags. */
export async function setTags(id: string, names: string[]): Promise<void> {
  const annotationId = await storedId(id)
  const before = findAnnotation(annotationId)?.tags.map((tag) => tag.name) ?? []
  await apply(api['annotations.setTags'](annotationId, names))
  pushCommand({
    label: 'annotations.undo.tags',
    undo: async () => void (await apply(api['annotations.setTags'](annotationId, before))),
    redo: async () => void (await apply(api['annotations.setTags'](annotationId, names))),
  })
}

/** Resolve or reopen the thread. */
export async function setResolved(id: string, resolved: boolean): Promise<void> {
  const annotationId = await storedId(id)
  await apply(api['annotations.setResolved'](annotationId, resolved))
  pushCommand({
    label: resolved ? 'annotations.undo.resolve' : 'annotations.undo.reopen',
    undo: async () => void (await apply(api['annotations.setResolved'](annotationId, !resolved))),
    redo: async () => void (await apply(api['annotations.setResolved'](annotationId, resolved))),
  })
}

/** Add a comment or a reply. */
export async function addComment(id: string, body: string, parentId: string | null): Promise<void> {
  const annotationId = await storedId(id)
  const before = new Set(findAnnotation(annotationId)?.comments.map((comment) => comment.id))
  const after = await apply(api['annotations.addComment'](annotationId, body, parentId))
  const added = after.comments.filter((comment) => !before.has(comment.id))
  pushCommand({
    label: parentId ? 'annotations.undo.reply' : 'annotations.undo.comment',
    undo: async () => {
      for (const comment of added) await apply(api['annotations.deleteComment'](comment.id))
    },
    redo: async () => {
      if (added.length > 0) await apply(api['annotations.restoreComments'](added))
    },
  })
}

/** Change a comment's text. */
export async function editComment(annotationId: string, commentId: string, body: string): Promise<void> {
  const before = findAnnotation(annotationId)?.comments.find((comment) => comment.id === commentId)?.body
  if (before === undefined || before === body) return
  await apply(api['annotations.editComment'](commentId, body))
  pushCommand({
    label: 'annotations.undo.edit',
    undo: async () => void (await apply(api['annotations.editComment'](commentId, before))),
    redo: async () => void (await apply(api['annotations.editComment'](commentId, body))),
  })
}

/** Delete a comment with its replies. */
export async function deleteComment(annotationId: string, commentId: string): Promise<void> {
  const thread = findAnnotation(annotationId)?.comments ?? []
  const removed = subtree(thread, commentId)
  await apply(api['annotations.deleteComment'](commentId))
  pushCommand({
    label: 'annotations.undo.deleteComment',
    undo: async () => void (await apply(api['annotations.restoreComments'](removed))),
    redo: async () => void (await apply(api['annotations.deleteComment'](commentId))),
  })
}

/** Attach an annotation to a new span (an orphaned one, usually). */
export async function reattachAnnotation(annotationId: string, start: number, end: number): Promise<void> {
  const before = findAnnotation(annotationId)
  await apply(api['annotations.reattach'](annotationId, start, end))
  if (!before) return
  const { target, paragraphLabel, carryOver } = before
  // An orphan's offsets belong to the draft it was last seen in: undo makes it an orphan again rather than placing
  // it on whatever text those offsets hit in this draft.
  const undo =
    before.anchorStatus === 'orphaned'
      ? () => api['annotations.detach'](annotationId, { target, paragraphLabel, carryOver })
      : () => api['annotations.reattach'](annotationId, target.start, target.end)
  pushCommand({
    label: 'annotations.undo.reattach',
    undo: async () => void (await apply(undo())),
    redo: async () => void (await apply(api['annotations.reattach'](annotationId, start, end))),
  })
}

function subtree<T extends { id: string; parentId: string | null }>(comments: readonly T[], rootId: string): T[] {
  const ids = new Set([rootId])
  for (const comment of comments) if (comment.parentId && ids.has(comment.parentId)) ids.add(comment.id)
  return comments.filter((comment) => ids.has(comment.id))
}
