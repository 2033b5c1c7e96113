import { annotationColors } from '../common/model/annotation'
import { blockKinds } from '../common/model/document'

/**
 * A quick yes for the record bodies a file or a server sends (annotations, comments, tags and deletions by the
 * thousand, drafts of thousands of blocks): true only when the body certainly passes its zod schema in records.ts,
 * which stays the definition. Anything else (an odd but maybe valid body, a bad one) goes through zod, which decides
 * and says what is wrong. The first merge of a session ran zod's generic code cold over every body, and that cost
 * more than reading the file; these checks are as strict as the schemas or stricter (records.test.ts compares them).
 */
export function surelyValidBody(id: string, deleted: boolean, body: unknown): boolean {
  if (!isObject(body)) return false
  if (deleted) return deletionBody(body)
  if (id.startsWith('a:')) return annotationBody(body)
  if (id.startsWith('c:')) return commentBody(body)
  if (id.startsWith('t:')) return tagBody(body)
  if (id.startsWith('d:')) return draftBody(body)
  return false
}

function draftBody(body: Record<string, unknown>): boolean {
  const { number, blocks } = body
  return (
    hasExactly(body, draftKeys) &&
    body.type === 'draft' &&
    typeof body.document === 'string' &&
    hexHash.test(body.document) &&
    text(body.title, 1000) &&
    Number.isSafeInteger(number) &&
    (number as number) >= 1 &&
    (number as number) <= 100_000 &&
    Array.isArray(blocks) &&
    blocks.length <= 200_000 &&
    blocks.every(block) &&
    signed(body)
  )
}

function block(value: unknown): boolean {
  if (!isObject(value) || !hasOnly(value, blockKeys)) return false
  const { level, marks } = value
  return (
    kinds.has(value.kind) &&
    text(value.text, 1_000_000) &&
    (!('level' in value) || (Number.isSafeInteger(level) && (level as number) >= 1 && (level as number) <= 99)) &&
    (!('marks' in value) || (Array.isArray(marks) && marks.every(mark)))
  )
}

function mark(value: unknown): boolean {
  if (!isObject(value) || !hasOnly(value, markKeys)) return false
  return (
    Number.isSafeInteger(value.start) &&
    Number.isSafeInteger(value.end) &&
    (!('bold' in value) || typeof value.bold === 'boolean') &&
    (!('italic' in value) || typeof value.italic === 'boolean')
  )
}

function annotationBody(body: Record<string, unknown>): boolean {
  return (
    hasExactly(body, annotationKeys) &&
    body.type === 'annotation' &&
    typeof body.draft === 'string' &&
    hexHash.test(body.draft) &&
    colors.has(body.color) &&
    count(body.start) &&
    count(body.end) &&
    (body.end as number) >= (body.start as number) &&
    text(body.exact, 20_000) &&
    text(body.prefix, 2000) &&
    text(body.suffix, 2000) &&
    (body.paragraphLabel === null || text(body.paragraphLabel, 200)) &&
    text(body.author, 200) &&
    text(body.authorId, 200) &&
    text(body.createdAt, 40) &&
    text(body.updatedAt, 40) &&
    (body.resolvedAt === null || text(body.resolvedAt, 40)) &&
    signed(body)
  )
}

function commentBody(body: Record<string, unknown>): boolean {
  return (
    hasExactly(body, commentKeys) &&
    body.type === 'comment' &&
    uuid(body.annotation) &&
    (body.parent === null || uuid(body.parent)) &&
    text(body.author, 200) &&
    text(body.authorId, 200) &&
    text(body.body, 100_000) &&
    text(body.createdAt, 40) &&
    text(body.updatedAt, 40) &&
    signed(body)
  )
}

function tagBody(body: Record<string, unknown>): boolean {
  return (
    hasExactly(body, tagKeys) &&
    body.type === 'tag' &&
    uuid(body.annotation) &&
    text(body.name, 200) &&
    (body.name as string).length > 0 &&
    signed(body)
  )
}

/** A deletion keeps who deleted, and `resolution: true` when it closed a conflict. */
function deletionBody(body: Record<string, unknown>): boolean {
  const keys = Object.keys(body)
  if (keys.length === 3) return hasExactly(body, resolutionKeys) && body.resolution === true && signed(body)
  return hasExactly(body, signatureKeys) && signed(body)
}

const annotationKeys = new Set([
  'type',
  'draft',
  'color',
  'start',
  'end',
  'exact',
  'prefix',
  'suffix',
  'paragraphLabel',
  'author',
  'authorId',
  'createdAt',
  'updatedAt',
  'resolvedAt',
  'by',
  'byName',
])
const commentKeys = new Set([
  'type',
  'annotation',
  'parent',
  'author',
  'authorId',
  'body',
  'createdAt',
  'updatedAt',
  'by',
  'byName',
])
const tagKeys = new Set(['type', 'annotation', 'name', 'by', 'byName'])
const draftKeys = new Set(['type', 'document', 'title', 'number', 'blocks', 'by', 'byName'])
const blockKeys = new Set(['kind', 'text', 'level', 'marks'])
const markKeys = new Set(['start', 'end', 'bold', 'italic'])
const kinds = new Set<unknown>(blockKinds)
const signatureKeys = new Set(['by', 'byName'])
const resolutionKeys = new Set(['by', 'byName', 'resolution'])
const colors = new Set<unknown>(annotationColors)
const hexHash = /^[0-9a-f]{64}$/
// Lower-case RFC 9562 ids only (what the app makes); any other spelling is left to zod.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every key of `keys` is there, and no other (own, enumerable, as JSON gives them). */
function hasExactly(body: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  let seen = 0
  for (const key in body) {
    if (!Object.hasOwn(body, key) || !keys.has(key)) return false
    seen++
  }
  return seen === keys.size
}

/** No key outside `keys` (own, enumerable, as JSON gives them); which are required is checked by the caller. */
function hasOnly(body: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const key in body) if (!Object.hasOwn(body, key) || !keys.has(key)) return false
  return true
}

function text(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.length <= max
}

function count(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0
}

function uuid(value: unknown): boolean {
  return typeof value === 'string' && uuidPattern.test(value)
}

function signed(body: Record<string, unknown>): boolean {
  return text(body.by, 200) && text(body.byName, 200)
}
