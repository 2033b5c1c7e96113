import { z } from 'zod'
import { annotationColors } from '../common/model/annotation'
import { blockKinds } from '../common/model/document'
import { surelyValidBody } from './recordShape'

/**
 * The shared records, one CouchDB document each: an annotation (`a:<id>`), a comment or reply (`c:<id>`), a tag on
 * an annotation (`t:<annotation id>:<tag key>`) and a draft (`d:<sha-256 of its text>`, so a colleague who imported
 * the same draft separately meets the same record). Annotations name their draft by that hash, never by a local id.
 * `by`/`byName` say who wrote this revision; they are left out when deciding whether a record changed.
 */
const text = (max: number) => z.string().max(max)
const stamp = z.string().max(40)
const who = { by: text(200), byName: text(200) }

const draftBody = z
  .object({
    type: z.literal('draft'),
    /** The hash of the document's first draft: which drafts belong together on a server holding many documents. */
    document: z.string().regex(/^[0-9a-f]{64}$/),
    title: text(1000),
    number: z.number().int().min(1).max(100_000),
    blocks: z
      .array(
        z
          .object({
            kind: z.enum(blockKinds),
            text: z.string().max(1_000_000),
            level: z.number().int().min(1).max(99).optional(),
            marks: z
              .array(
                z
                  .object({ start: z.number().int(), end: z.number().int(), bold: z.boolean().optional() })
                  .extend({ italic: z.boolean().optional() })
                  .strict(),
              )
              .optional(),
          })
          .strict(),
      )
      .max(200_000),
    ...who,
  })
  .strict()

const annotationBody = z
  .object({
    type: z.literal('annotation'),
    draft: z.string().regex(/^[0-9a-f]{64}$/),
    color: z.enum(annotationColors),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    exact: text(20_000),
    prefix: text(2000),
    suffix: text(2000),
    paragraphLabel: text(200).nullable(),
    author: text(200),
    authorId: text(200),
    createdAt: stamp,
    updatedAt: stamp,
    resolvedAt: stamp.nullable(),
    ...who,
  })
  .strict()
  .refine((body) => body.end >= body.start, 'end before start')

const commentBody = z
  .object({
    type: z.literal('comment'),
    annotation: z.string().uuid(),
    parent: z.string().uuid().nullable(),
    author: text(200),
    authorId: text(200),
    body: text(100_000),
    createdAt: stamp,
    updatedAt: stamp,
    ...who,
  })
  .strict()

const tagBody = z
  .object({ type: z.literal('tag'), annotation: z.string().uuid(), name: z.string().min(1).max(200), ...who })
  .strict()

/** What a deletion keeps: who deleted, and whether it closed a conflict ("Keep this one") rather than deleting. */
const deletionBody = z.object({ ...who, resolution: z.literal(true).optional() }).strict()

/** A draft record's body. */
export type DraftBody = z.infer<typeof draftBody>
/** An annotation record's body. */
export type AnnotationBody = z.infer<typeof annotationBody>
/** A comment (or reply) record's body. */
export type CommentBody = z.infer<typeof commentBody>
/** A tag assignment record's body. */
export type TagBody = z.infer<typeof tagBody>
/** Any live record's body. */
export type RecordBody = DraftBody | AnnotationBody | CommentBody | TagBody

const idPattern = /^(a:[0-9a-f-]{36}|c:[0-9a-f-]{36}|t:[0-9a-f-]{36}:.{1,200}|d:[0-9a-f]{64})$/su

/** The body schema for a record id, by its prefix. */
function schemaFor(id: string): z.ZodType<RecordBody> {
  if (id.startsWith('a:')) return annotationBody
  if (id.startsWith('c:')) return commentBody
  if (id.startsWith('t:')) return tagBody
  return draftBody
}

/**
 * Check a record from outside (a file or a server): a known id shape and a body of the right kind, or a reason.
 * Bodies that surely pass (recordShape.ts) skip zod; the schemas above decide every other one.
 */
export function checkRecord(id: string, deleted: boolean, body: unknown): string | null {
  if (!idPattern.test(id)) return `unknown record id ${id.slice(0, 80)}`
  return surelyValidBody(id, deleted, body) ? null : schemaProblem(id, deleted, body)
}

/** What the record's schema finds wrong with its body, or null: the definition `surelyValidBody` must agree with. */
export function schemaProblem(id: string, deleted: boolean, body: unknown): string | null {
  const parsed = deleted ? deletionBody.safeParse(body) : schemaFor(id).safeParse(body)
  return parsed.success ? null : `${id.slice(0, 80)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`
}

/** Fields that say who wrote a revision and when, not what it says. */
const authorship = new Set(['by', 'byName', 'updatedAt'])

/** Whether two bodies say the same thing (who wrote them, and when, aside: a new reply touches its annotation). */
export function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return sameFields(a, b, authorship)
}

/** Deep equality as JSON sees it (a field set to `undefined` is no field), compared in place: a sync compares
 * thousands of bodies and building a sorted copy of each cost more than the rest of finding local edits. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, index) => sameValue(item, b[index]))
  }
  return sameFields(a as Record<string, unknown>, b as Record<string, unknown>, null)
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>, skip: Set<string> | null): boolean {
  const keys = (value: Record<string, unknown>) =>
    Object.keys(value).filter((key) => value[key] !== undefined && !skip?.has(key))
  const ofA = keys(a)
  const ofB = keys(b)
  return ofA.length === ofB.length && ofA.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]))
}

/** Record ids, by kind. */
export const recordIds = {
  annotation: (annotationId: string) => `a:${annotationId}`,
  comment: (commentId: string) => `c:${commentId}`,
  tag: (annotationId: string, tagKey: string) => `t:${annotationId}:${tagKey}`,
  draft: (textHash: string) => `d:${textHash}`,
}
