import type { Annotation, Comment } from '../../common/model/annotation'
import { CodePointIndex } from '../../common/text/codePoints'
import { commentMediaType } from '../../common/text/lightMarkdown'
import type { ExportSection } from '../exporter'
import { mainComment, replies } from '../selectAnnotations'

/** The JSON-LD context of the Web Annotation Data Model. */
export const annotationContext = 'http://www.w3.org/ns/anno.jsonld'

/** Our ids are UUIDs; as IRIs they become `urn:uuid:…`, which any tool can keep and send back. */
export function uuidIri(id: string): string {
  return `urn:uuid:${id}`
}

/** What we add beyond the model, under one key, so that a round trip keeps colour, paragraph and status. */
export type MarginaliaExtension = {
  color: string
  paragraphLabel: string | null
  resolvedAt: string | null
  documentTitle: string
  /**
   * Our id of the comment in the body. Not written as the body's `id`: the W3C test suite reads any body with an
   * id and no source as an External Web Resource, which may not carry a purpose.
   */
  commentId: string | null
  /** The draft (revision number) of the document whose text the selectors refer to. */
  draft: number
}

type W3cObject = Record<string, unknown>

/**
 * The W3C annotations of one section: per highlight one annotation (motivation 'commenting' when it has a comment,
 * else 'highlighting'; its tags as 'tagging' bodies) and per reply one 'replying' annotation that targets the
 * annotation or reply it answers. Positions are converted from UTF-16 units to code points, as the model requires.
 */
export function sectionToW3c(section: ExportSection): W3cObject[] {
  const index = new CodePointIndex(section.revision.text)
  const items: W3cObject[] = []
  for (const annotation of section.annotations) {
    items.push(annotationToW3c(annotation, section, index))
    const main = mainComment(annotation)
    for (const reply of replies(annotation)) items.push(replyToW3c(reply, annotation, main))
  }
  return items
}

function annotationToW3c(annotation: Annotation, section: ExportSection, index: CodePointIndex): W3cObject {
  const comment = mainComment(annotation)
  const body: W3cObject[] = []
  if (comment) {
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: comment.body,
      format: commentMediaType(comment.body),
      creator: person(comment.author),
      created: comment.createdAt,
      modified: comment.updatedAt,
    })
  }
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag.name })
  const extension: MarginaliaExtension = {
    color: annotation.color,
    paragraphLabel: annotation.paragraphLabel,
    resolvedAt: annotation.resolvedAt,
    documentTitle: section.document.title,
    commentId: comment?.id ?? null,
    draft: section.revision.number,
  }
  return {
    '@context': annotationContext,
    id: uuidIri(annotation.id),
    type: 'Annotation',
    motivation: comment ? 'commenting' : 'highlighting',
    creator: person(annotation.author),
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: uuidIri(section.document.id),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: annotation.target.exact,
          prefix: annotation.target.prefix,
          suffix: annotation.target.suffix,
        },
        {
          type: 'TextPositionSelector',
          start: index.toCodePoints(annotation.target.start),
          end: index.toCodePoints(annotation.target.end),
        },
      ],
    },
    'marginalia:annotation': extension,
  }
}

function replyToW3c(reply: Comment, annotation: Annotation, main: Comment | undefined): W3cObject {
  const answers = reply.parentId === null || reply.parentId === main?.id ? annotation.id : reply.parentId
  return {
    '@context': annotationContext,
    id: uuidIri(reply.id),
    type: 'Annotation',
    motivation: 'replying',
    creator: person(reply.author),
    created: reply.createdAt,
    modified: reply.updatedAt,
    body: { type: 'TextualBody', value: reply.body, format: commentMediaType(reply.body) },
    target: uuidIri(answers),
  }
}

function person(name: string): W3cObject {
  return { type: 'Person', name: name || 'Anonymous' }
}
