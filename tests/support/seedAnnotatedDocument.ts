import type { Annotation } from '../../src-main/common/model/annotation'
import type { DocumentSummary, Revision } from '../../src-main/common/model/document'
import type { Connection } from '../../src-main/db/connection'
import { AnnotationExchangeRepository } from '../../src-main/db/repositories/annotationExchangeRepository'
import { DocumentsRepository } from '../../src-main/db/repositories/documentsRepository'
import { RevisionsRepository } from '../../src-main/db/repositories/revisionsRepository'
import { transactionOn } from '../../src-main/services/transaction'

/** Store a document, its revision and its annotations (with tags and threads) through the repositories. */
export function seedAnnotatedDocument(
  db: Connection,
  fixture: { document: DocumentSummary; revision: Revision; annotations: Annotation[] },
): void {
  const exchange = new AnnotationExchangeRepository(db)
  let tagCounter = 0
  transactionOn(db)(() => {
    new DocumentsRepository(db).insert({ ...fixture.document })
    new RevisionsRepository(db).insert(fixture.revision)
    for (const annotation of fixture.annotations) {
      exchange.upsertAnnotation({ ...annotation, ...annotation.target })
      exchange.setTags(
        annotation.id,
        annotation.tags.map((tag) => tag.name),
        annotation.createdAt,
        () => `7a9e0000-0000-4000-8000-${String(++tagCounter).padStart(12, '0')}`,
      )
      for (const comment of annotation.comments) exchange.upsertComment(comment)
    }
  })
}
