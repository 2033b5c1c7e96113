import { z } from 'zod'
import { annotationColors, type Annotation, type AnnotationColor, type Comment } from '../model/annotation'
import { carryOverClasses } from '../model/draft'
import type { ArgSchemas } from './callMap'

/** What the renderer sends to create an annotation: a span of the current revision's canonical text. */
export type AnnotationDraft = {
  documentId: string
  start: number
  end: number
  color: AnnotationColor
  tags?: string[]
  comment?: string
  /** Set only when undoing a delete or redoing a create, so the annotation keeps its id. */
  id?: string
}

/** Where an orphan was before it was re-attached by hand: what undoing the re-attach puts back. */
export type OrphanPlacement = Pick<Annotation, 'target' | 'paragraphLabel' | 'carryOver'>

export type AnnotationsApi = {
  /** Every annotation of a document in reading order, each re-anchored against the current text (status stored). */
  'annotations.list': (documentId: string) => Annotation[]
  /** Create an annotation over [start, end) of the document's current text; snapped to whole characters. */
  'annotations.create': (draft: AnnotationDraft) => Annotation
  /** Change the colour. */
  'annotations.setColor': (annotationId: string, color: AnnotationColor) => Annotation
  /** Replace the tags (names; new ones are created on the spot). */
  'annotations.setTags': (annotationId: string, tagNames: string[]) => Annotation
  /** Resolve (true) or reopen (false) the thread. */
  'annotations.setResolved': (annotationId: string, resolved: boolean) => Annotation
  /** The user has seen how the passage changed in a later draft: clear the "changed since" badge. */
  'annotations.acknowledgeChange': (annotationId: string) => Annotation
  /** Attach an orphaned (or any) annotation to a new span of the current text. */
  'annotations.reattach': (annotationId: string, start: number, end: number) => Annotation
  /**
   * Undo of re-attaching an orphan: it is an orphan of the newest draft again, with the passage, paragraph label and
   * carry-over (candidates included) it had before, as the renderer kept them.
   */
  'annotations.detach': (annotationId: string, previous: OrphanPlacement) => Annotation
  /** Delete an annotation; returns it as it was, so that it can be restored. */
  'annotations.delete': (annotationId: string) => Annotation
  /** Put back a deleted annotation exactly as it was (same id, tags, thread): undo of delete. */
  'annotations.restore': (annotation: Annotation) => Annotation
  /** Add a comment (parentId null) or a reply. */
  'annotations.addComment': (annotationId: string, body: string, parentId: string | null) => Annotation
  /** Change a comment's text. */
  'annotations.editComment': (commentId: string, body: string) => Annotation
  /** Delete a comment and its replies; returns the annotation as it now is. */
  'annotations.deleteComment': (commentId: string) => Annotation
  /** Put back deleted comments with their ids (undo). */
  'annotations.restoreComments': (comments: Comment[]) => Annotation
}

const id = z.string().uuid()
const color = z.enum(annotationColors)
const offset = z.number().int().min(0)
const tagName = z.string().min(1).max(200)
const body = z.string().max(100_000)
const iso = z.string().max(40)
const targetSchema = z
  .object({ start: offset, end: offset, exact: z.string(), prefix: z.string(), suffix: z.string() })
  .strict()
const tagSchema = z.object({ id, name: tagName, color: z.string().max(40).nullable() }).strict()
const commentSchema = z
  .object({
    id,
    annotationId: id,
    parentId: id.nullable(),
    author: z.string().max(200),
    body,
    createdAt: iso,
    updatedAt: iso,
    authorId: z.string().max(200).optional(),
  })
  .strict()
const candidateSchema = z
  .object({
    start: offset,
    end: offset,
    exact: z.string(),
    paragraphLabel: z.string().max(100).nullable(),
    score: z.number().min(0).max(1),
  })
  .strict()
const carryOverSchema = z
  .object({
    class: z.enum(carryOverClasses),
    fromDraft: z.number().int().min(1),
    toDraft: z.number().int().min(1),
    confidence: z.number().min(0).max(1),
    previousExact: z.string(),
    previousParagraphLabel: z.string().max(100).nullable(),
    candidates: z.array(candidateSchema).max(100),
    changedSince: z
      .object({ draft: z.number().int().min(1), exact: z.string() })
      .strict()
      .nullable(),
    reattached: z.boolean().optional(),
  })
  .strict()
const annotationSchema = z
  .object({
    id,
    documentId: id,
    revisionId: id,
    color,
    target: targetSchema,
    paragraphLabel: z.string().max(100).nullable(),
    author: z.string().max(200),
    createdAt: iso,
    updatedAt: iso,
    resolvedAt: iso.nullable(),
    anchorStatus: z.enum(['anchored', 'orphaned']),
    carryOver: carryOverSchema.nullable(),
    tags: z.array(tagSchema).max(1000),
    comments: z.array(commentSchema).max(10_000),
    // Read-only: listed for the panel's filter, ignored by a restore (it is not a colleague's arrival).
    arrivedAt: iso.optional(),
    // Undo of a colleague's annotation sends back what was listed; the restored row is this library's own.
    private: z.boolean().optional(),
    authorId: z.string().max(200).nullable().optional(),
  })
  .strict()

export const annotationsArgs: ArgSchemas<AnnotationsApi> = {
  'annotations.list': z.tuple([id]),
  'annotations.create': z.tuple([
    z
      .object({
        documentId: id,
        start: offset,
        end: offset,
        color,
        tags: z.array(tagName).max(100).optional(),
        comment: body.optional(),
        id: id.optional(),
      })
      .strict(),
  ]),
  'annotations.setColor': z.tuple([id, color]),
  'annotations.setTags': z.tuple([id, z.array(tagName).max(100)]),
  'annotations.setResolved': z.tuple([id, z.boolean()]),
  'annotations.acknowledgeChange': z.tuple([id]),
  'annotations.reattach': z.tuple([id, offset, offset]),
  'annotations.detach': z.tuple([
    id,
    z
      .object({
        target: targetSchema,
        paragraphLabel: z.string().max(100).nullable(),
        carryOver: carryOverSchema.nullable(),
      })
      .strict(),
  ]),
  'annotations.delete': z.tuple([id]),
  'annotations.restore': z.tuple([annotationSchema]),
  'annotations.addComment': z.tuple([id, body.min(1), id.nullable()]),
  'annotations.editComment': z.tuple([id, body.min(1)]),
  'annotations.deleteComment': z.tuple([id]),
  'annotations.restoreComments': z.tuple([z.array(commentSchema).min(1).max(10_000)]),
}

export type AnnotationsEvents = {
  /** Annotations of a document were created, changed, re-anchored or deleted. */
  'annotations.didChange': { documentId: string; annotationIds: string[] }
}
