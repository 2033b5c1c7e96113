import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { paragraphLabelAt } from '../../src-main/common/anchoring/paragraphLabel'
import type { Annotation } from '../../src-main/common/model/annotation'
import { blockStartOffsets } from '../../src-main/common/text/canonicalText'
import { AnnotationsRepository } from '../../src-main/db/repositories/annotationsRepository'
import { CommentsRepository } from '../../src-main/db/repositories/commentsRepository'
import { DocumentsRepository } from '../../src-main/db/repositories/documentsRepository'
import { RevisionsRepository } from '../../src-main/db/repositories/revisionsRepository'
import { TagsRepository } from '../../src-main/db/repositories/tagsRepository'
import { silentProgress } from '../../src-main/exporters/exporter'
import { w3cExporter } from '../../src-main/exporters/w3cExporter'
import { EventBus } from '../../src-main/services/eventBus'
import { ExchangeService } from '../../src-main/services/exchangeService'
import { TagsService } from '../../src-main/services/tagsService'
import { transactionOn } from '../../src-main/services/transaction'
import { annotatedJointStatement, exportInputFor, statementSources } from '../support/exportFixture'
import { seedAnnotatedDocument } from '../support/seedAnnotatedDocument'
import { createTempDatabase } from '../support/tempDatabase'

/** What a user sees of an annotation: everything except the ids of tags, which a re-import may assign anew. */
function visible(annotation: Annotation): unknown {
  return { ...annotation, tags: annotation.tags.map((tag) => tag.name) }
}

for (const source of statementSources) {
  describe.skipIf(!source.available)(`W3C import into a library of the ${source.name}`, () => {
    let database: ReturnType<typeof createTempDatabase>
    let annotations: AnnotationsRepository
    let exchange: ExchangeService
    const fixture = source.available ? annotatedJointStatement(source.text()) : null!
    const documentId = source.available ? fixture.document.id : ''

    beforeEach(() => {
      database = createTempDatabase()
      seedAnnotatedDocument(database.db, fixture)
      annotations = new AnnotationsRepository(database.db)
      const events = new EventBus()
      const transaction = transactionOn(database.db)
      exchange = new ExchangeService({
        annotations,
        comments: new CommentsRepository(database.db),
        documents: new DocumentsRepository(database.db),
        revisions: new RevisionsRepository(database.db),
        tags: new TagsService(new TagsRepository(database.db), annotations, events, transaction),
        events,
        transaction,
      })
    })
    afterEach(() => database.remove())

    async function exportFile(): Promise<Uint8Array> {
      const stored = annotations.listForDocument(documentId)
      return w3cExporter.write(exportInputFor({ ...fixture, annotations: stored }), silentProgress)
    }

    function deleteAllAnnotations(): void {
      // What the user does in the annotations panel; the annotations branch owns that repository method.
      database.db.prepare(`DELETE FROM annotations WHERE document_id = ?`).run(documentId)
    }

    it('restores every annotation, tag, comment and reply after export, delete all, import', async () => {
      const before = annotations.listForDocument(documentId)
      expect(before).toHaveLength(fixture.annotations.length)
      const file = await exportFile()
      deleteAllAnnotations()
      expect(annotations.listForDocument(documentId)).toHaveLength(0)

      const report = exchange.importW3c(documentId, file)
      expect(report).toEqual({ created: before.length, updated: 0, unchanged: 0, orphaned: 0 })
      // Paragraph labels come from the app's own rule (the seeded fixture used a simpler one).
      const starts = blockStartOffsets(fixture.revision.blocks)
      const labelled = before.map((annotation) => ({
        ...annotation,
        paragraphLabel: paragraphLabelAt(fixture.revision.blocks, starts, annotation.target.start),
      }))
      expect(annotations.listForDocument(documentId).map(visible)).toEqual(labelled.map(visible))
    })

    it('duplicates nothing when the same file is imported twice', async () => {
      const file = await exportFile()
      const report = exchange.importW3c(documentId, file)
      expect(report).toMatchObject({ created: 0, updated: 0, unchanged: fixture.annotations.length })
      const after = annotations.listForDocument(documentId)
      expect(after).toHaveLength(fixture.annotations.length)
      expect(after.flatMap((annotation) => annotation.comments)).toHaveLength(
        fixture.annotations.flatMap((annotation) => annotation.comments).length,
      )
    })

    it('lets the newer edit win, by modified time', async () => {
      const collection = JSON.parse(new TextDecoder().decode(await exportFile())) as {
        first: { items: Record<string, unknown>[] }
      }
      const [newer, older] = collection.first.items.filter((item) => item.motivation === 'commenting')
      for (const [item, modified, body] of [
        [newer!, '2027-01-01T00:00:00.000Z', 'Sửa sau: số liệu mới'],
        [older!, '2020-01-01T00:00:00.000Z', 'Bản cũ, không được ghi đè'],
      ] as const) {
        item.modified = modified
        const comment = (item.body as Record<string, unknown>[])[0]!
        comment.modified = modified
        comment.value = body
      }
      const report = exchange.importW3c(documentId, new TextEncoder().encode(JSON.stringify(collection)))
      expect(report.updated).toBe(1)
      const stored = annotations.listForDocument(documentId)
      const bodies = stored.flatMap((annotation) => annotation.comments.map((comment) => comment.body))
      expect(bodies).toContain('Sửa sau: số liệu mới')
      expect(bodies).not.toContain('Bản cũ, không được ghi đè')
    })

    it("imports another tool's annotations once, and sends lost quotes to needs attention", () => {
      const foreign = {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationPage',
        items: [
          {
            id: 'https://notes.example.org/anno/1',
            type: 'Annotation',
            creator: 'Olga',
            created: '2026-06-01T10:00:00Z',
            bodyValue: 'Важный пункт',
            target: {
              source: 'https://example.org/statement',
              selector: {
                type: 'TextQuoteSelector',
                exact: 'UNCLOS 1982',
                prefix: 'toàn vẹn của ',
                suffix: ', là khuôn',
              },
            },
          },
          {
            id: 'https://notes.example.org/anno/2',
            type: 'Annotation',
            creator: { type: 'Person', name: 'Olga' },
            body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Nga' }],
            target: {
              source: 'https://example.org/statement',
              selector: [{ type: 'TextQuoteSelector', exact: 'Đoạn văn này không có trong tuyên bố' }],
            },
          },
        ],
      }
      const bytes = new TextEncoder().encode(JSON.stringify(foreign))
      expect(exchange.importW3c(documentId, bytes)).toEqual({ created: 2, updated: 0, unchanged: 0, orphaned: 1 })
      // "Needs attention" counts what the panel lists: the lost quote is still there.
      expect(exchange.importW3c(documentId, bytes)).toEqual({ created: 0, updated: 0, unchanged: 2, orphaned: 1 })
      const stored = annotations.listForDocument(documentId)
      expect(stored).toHaveLength(fixture.annotations.length + 2)
      const found = stored.find((annotation) => annotation.comments[0]?.body === 'Важный пункт')!
      expect(found.anchorStatus).toBe('anchored')
      expect(found.paragraphLabel).toBe('28')
      const text = fixture.revision.text
      expect(text.slice(found.target.start, found.target.end)).toBe('UNCLOS 1982')
      expect(text.slice(found.target.start - 13, found.target.start)).toBe('toàn vẹn của ')
      const lost = stored.find((annotation) => annotation.tags.some((tag) => tag.name === 'Nga'))!
      expect(lost.anchorStatus).toBe('orphaned')
    })

    it('refuses a file that is not W3C JSON, changing nothing', () => {
      expect(() => exchange.importW3c(documentId, new TextEncoder().encode('{"hello": 1}'))).toThrow(
        expect.objectContaining({ code: 'exchange.invalidFile' }),
      )
      expect(annotations.listForDocument(documentId)).toHaveLength(fixture.annotations.length)
    })
  })
}
