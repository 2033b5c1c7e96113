import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { maxQuoteLength } from '../../src-main/common/anchoring/limits'
import { CommentsRepository } from '../../src-main/db/repositories/commentsRepository'
import { AnnotationsRepository } from '../../src-main/db/repositories/annotationsRepository'
import { DocumentsRepository } from '../../src-main/db/repositories/documentsRepository'
import { RevisionsRepository } from '../../src-main/db/repositories/revisionsRepository'
import { ExchangeService } from '../../src-main/services/exchangeService'
import { composeParts, type Parts } from '../support/annotationParts'
import { seedDocument } from '../support/seedDocument'

const draftOne = ['8. Hai bên nhấn mạnh hợp tác kinh tế.', '9. Hai bên nhất trí hợp tác trong lĩnh vực năng lượng.']
const draftTwo = ['Lời mở đầu của bản thứ hai.', ...draftOne]

let parts: Parts
let exchange: ExchangeService
let first: string
let second: string
beforeEach(() => {
  parts = composeParts()
  const annotations = new AnnotationsRepository(parts.db.db)
  exchange = new ExchangeService({
    annotations,
    comments: new CommentsRepository(parts.db.db),
    documents: new DocumentsRepository(parts.db.db),
    revisions: new RevisionsRepository(parts.db.db),
    tags: parts.tags,
    events: parts.bus,
    transaction: parts.transaction,
  })
  first = seedDocument(parts.db.db, draftOne).documentId
  second = seedDocument(parts.db.db, draftTwo).documentId
})
afterEach(() => parts.db.remove())

const file = (items: unknown[]) =>
  new TextEncoder().encode(
    JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items }),
  )

/** A W3C annotation of a quote, with a comment and tags, as another copy of Marginalia would write it. */
function item(id: string, exact: string, extra: { commentId?: string; tags?: string[]; comment?: string } = {}) {
  return {
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    motivation: 'commenting',
    creator: 'Mallory',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2030-01-01T00:00:00.000Z',
    body: [
      { type: 'TextualBody', value: extra.comment ?? 'Imported note', purpose: 'commenting' },
      ...(extra.tags ?? []).map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
    ],
    target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact } },
    ...(extra.commentId ? { 'marginalia:annotation': { commentId: `urn:uuid:${extra.commentId}` } } : {}),
  }
}

describe('a W3C file acts only on the document it is imported into', () => {
  it('never rewrites a comment of another document that the file names', () => {
    const victim = parts.annotations.create({
      documentId: first,
      start: 3,
      end: 10,
      color: 'blue',
      comment: 'Ghi chú mật',
    })
    const victimComment = victim.comments[0]!
    const report = exchange.importW3c(
      second,
      file([
        item('5f0c1a52-3c55-4c57-9d7e-2a3b4c5d6e7f', 'năng lượng', { commentId: victimComment.id, comment: 'pwned' }),
      ]),
    )
    expect(report.created).toBe(1)
    expect(parts.annotations.list(first)[0]!.comments).toEqual(victim.comments)
    const imported = parts.annotations.list(second)[0]!
    expect(imported.comments.map((comment) => comment.body)).toEqual(['pwned'])
    expect(imported.comments[0]!.id).not.toBe(victimComment.id)
  })

  it('never turns a reply into an edit of another thread', () => {
    const victim = parts.annotations.create({ documentId: first, start: 3, end: 10, color: 'blue', comment: 'Gốc' })
    const annotationId = '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
    exchange.importW3c(
      second,
      file([
        item(annotationId, 'năng lượng'),
        {
          id: `urn:uuid:${victim.comments[0]!.id}`,
          type: 'Annotation',
          motivation: 'replying',
          creator: 'Mallory',
          modified: '2030-01-01T00:00:00.000Z',
          bodyValue: 'overwritten',
          target: `urn:uuid:${annotationId}`,
        },
      ]),
    )
    expect(parts.annotations.list(first)[0]!.comments).toEqual(victim.comments)
    expect(parts.annotations.list(second)[0]!.comments.map((comment) => comment.body)).toEqual([
      'Imported note',
      'overwritten',
    ])
  })

  it('imports the file of one draft into another as new annotations, once, and tells the panel', () => {
    const made = parts.annotations.create({ documentId: first, start: 3, end: 10, color: 'green', comment: 'Xem' })
    const exported = file([item(made.id, made.target.exact, { commentId: made.comments[0]!.id })])
    parts.events.length = 0
    expect(exchange.importW3c(second, exported)).toEqual({ created: 1, updated: 0, unchanged: 0, orphaned: 0 })
    const changes = parts.events.filter((event) => event.name === 'annotations.didChange')
    expect(changes).toEqual([
      { name: 'annotations.didChange', payload: expect.objectContaining({ documentId: second }) },
    ])
    const there = parts.annotations.list(second)
    expect(there).toHaveLength(1)
    expect(there[0]!.id).not.toBe(made.id)
    expect(there[0]!.target.exact).toBe(made.target.exact)
    expect(there[0]!.paragraphLabel).toBe('8')
    expect(exchange.importW3c(second, exported)).toEqual({ created: 0, updated: 0, unchanged: 1, orphaned: 0 })
    expect(parts.annotations.list(first)).toHaveLength(1)
  })

  it('applies the app’s tag rules: normalised, matched case-insensitively, at most 200 characters', () => {
    parts.annotations.create({ documentId: first, start: 3, end: 10, color: 'green', tags: ['Năng lượng'] })
    exchange.importW3c(
      second,
      file([
        item('7b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', 'năng lượng', {
          tags: ['  NĂNG   LƯỢNG '.normalize('NFD'), 'x'.repeat(500)],
        }),
      ]),
    )
    const names = parts.tags.list().map((tag) => [tag.name, tag.usage])
    expect(names).toEqual(expect.arrayContaining([['Năng lượng', 2]]))
    expect(parts.tags.list().every((tag) => tag.name.length <= 200)).toBe(true)
    expect(parts.tags.list()).toHaveLength(2)
  })

  it('refuses a file with a quote over the limit, clearly, importing nothing', () => {
    expect(() =>
      exchange.importW3c(
        second,
        file([
          item('8c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', 'năng lượng'),
          item('9d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a', 'x'.repeat(maxQuoteLength + 1)),
        ]),
      ),
    ).toThrow(expect.objectContaining({ code: 'exchange.quoteTooLong' }))
    expect(parts.annotations.list(second)).toEqual([])
  })

  it('counts as needing attention exactly what the panel lists', () => {
    const report = exchange.importW3c(
      second,
      file([
        item('0e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b', 'năng lượng'),
        item('1f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c', 'Đoạn này không có trong văn bản'),
      ]),
    )
    const listed = parts.annotations.list(second).filter((annotation) => annotation.anchorStatus === 'orphaned')
    expect(report.orphaned).toBe(listed.length)
    expect(report.orphaned).toBe(1)
  })
})
