import { createHash } from 'node:crypto'
import { AppError } from '../common/api/appError'
import { annotationColors, type AnnotationColor } from '../common/model/annotation'

/** A highlight read from a W3C file, before it is anchored in a document's text. */
export type IncomingAnnotation = {
  id: string
  author: string
  created: string
  /** When the file says the annotation was last edited; null when it does not say (then it never overrides). */
  modified: string | null
  /** Code-point positions as the file gives them, when it has a TextPositionSelector. */
  position: { start: number; end: number } | null
  quote: { exact: string; prefix: string; suffix: string } | null
  color: AnnotationColor
  resolvedAt: string | null
  tags: string[]
  comment: { id: string; body: string; author: string; created: string; modified: string } | null
}

/** A reply read from a W3C file: a 'replying' annotation whose target is the annotation or reply it answers. */
export type IncomingReply = {
  id: string
  targetId: string
  body: string
  author: string
  created: string
  modified: string | null
}

type Json = Record<string, unknown>

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Our ids from an IRI: `urn:uuid:…` gives the UUID back; another tool's IRI ("https://…/anno/42") maps to a stable
 * name-based UUID, so importing the same file twice finds the same rows instead of duplicating them.
 */
export function idFromIri(iri: string): string {
  const bare = iri.replace(/^urn:uuid:/i, '')
  if (uuidPattern.test(bare)) return bare.toLowerCase()
  const hash = createHash('sha1').update(`marginalia:w3c:${iri}`).digest('hex')
  const variant = ((parseInt(hash[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${variant}${hash.slice(17, 20)}-${hash.slice(20, 32)}`
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function agentName(value: unknown): string {
  for (const agent of list(value)) {
    if (typeof agent === 'string') return agent
    if (agent && typeof agent === 'object') {
      const name = text((agent as Json).name) || text((agent as Json).nickname)
      if (name) return name
    }
  }
  return ''
}

/** Every annotation object in a collection, a page, an array or a single annotation. */
function annotationObjects(root: unknown): Json[] {
  if (Array.isArray(root)) return root.flatMap(annotationObjects)
  if (!root || typeof root !== 'object') return []
  const object = root as Json
  const types = list(object.type).map(String)
  if (types.includes('Annotation')) return [object]
  if (types.includes('AnnotationCollection'))
    return [...annotationObjects(object.first), ...list(object.items).flatMap(annotationObjects)]
  if (types.includes('AnnotationPage'))
    return [...list(object.items).flatMap(annotationObjects), ...annotationObjects(object.next)]
  return []
}

/** Read a W3C Web Annotation file. Throws `exchange.invalidFile` when it is not JSON with annotations in it. */
export function parseW3c(
  bytes: Uint8Array,
  now: string,
): { annotations: IncomingAnnotation[]; replies: IncomingReply[] } {
  let root: unknown
  try {
    root = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''))
  } catch {
    throw new AppError('exchange.invalidFile', 'The file is not valid JSON.')
  }
  const objects = annotationObjects(root)
  if (objects.length === 0) throw new AppError('exchange.invalidFile', 'The file holds no W3C annotations.')
  const annotations: IncomingAnnotation[] = []
  const replies: IncomingReply[] = []
  for (const object of objects) {
    const id = idFromIri(text(object.id) || JSON.stringify(object))
    const stated = text(object.created)
    const created = stated || now
    const modified = text(object.modified) || stated || null
    const author = agentName(object.creator)
    const bodies = list(object.body).filter((body): body is Json => !!body && typeof body === 'object')
    const bodyValue = text(object.bodyValue)
    if (list(object.motivation).includes('replying')) {
      const target = list(object.target)[0]
      const targetIri =
        typeof target === 'string'
          ? target
          : text((target as Json | undefined)?.id) || text((target as Json | undefined)?.source)
      const body = bodies.find((each) => text(each.value))
      if (targetIri)
        replies.push({
          id,
          targetId: idFromIri(targetIri),
          body: text(body?.value) || bodyValue,
          author,
          created,
          modified,
        })
      continue
    }
    annotations.push(readAnnotation(object, id, author, created, modified, bodies, bodyValue))
  }
  return { annotations, replies }
}

function readAnnotation(
  object: Json,
  id: string,
  author: string,
  created: string,
  modified: string | null,
  bodies: Json[],
  bodyValue: string,
): IncomingAnnotation {
  const target = list(object.target).find((each) => each && typeof each === 'object' && (each as Json).selector) as
    Json | undefined
  const selectors = list(target?.selector).filter((each): each is Json => !!each && typeof each === 'object')
  const quoteSelector = selectors.find((each) => each.type === 'TextQuoteSelector')
  const positionSelector = selectors.find((each) => each.type === 'TextPositionSelector')
  const tags = bodies
    .filter((body) => body.purpose === 'tagging')
    .map((body) => text(body.value).normalize('NFC'))
    .filter(Boolean)
  const commentBody = bodies.find((body) => body.purpose !== 'tagging' && text(body.value))
  const extension = (object['marginalia:annotation'] ?? {}) as Json
  const color = annotationColors.includes(extension.color as AnnotationColor)
    ? (extension.color as AnnotationColor)
    : 'yellow'
  const commentText = commentBody ? text(commentBody.value) : bodyValue
  return {
    id,
    author,
    created,
    modified,
    position:
      positionSelector && Number.isInteger(positionSelector.start) && Number.isInteger(positionSelector.end)
        ? { start: positionSelector.start as number, end: positionSelector.end as number }
        : null,
    quote: quoteSelector
      ? {
          exact: text(quoteSelector.exact).normalize('NFC'),
          prefix: text(quoteSelector.prefix).normalize('NFC'),
          suffix: text(quoteSelector.suffix).normalize('NFC'),
        }
      : null,
    color,
    resolvedAt: typeof extension.resolvedAt === 'string' ? extension.resolvedAt : null,
    tags,
    comment: commentText
      ? {
          id:
            typeof extension.commentId === 'string'
              ? idFromIri(extension.commentId)
              : commentBody && text(commentBody.id)
                ? idFromIri(text(commentBody.id))
                : idFromIri(`${id}#comment`),
          body: commentText,
          author: agentName(commentBody?.creator) || author,
          created: text(commentBody?.created) || created,
          modified: text(commentBody?.modified) || modified || created,
        }
      : null,
  }
}
