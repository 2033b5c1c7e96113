import fs from 'node:fs'
import path from 'node:path'
import type { MainEvents } from '../../src-main/common/api/contract'
import { RevisionsRepository } from '../../src-main/db/repositories/revisionsRepository'
import { DocumentsRepository } from '../../src-main/db/repositories/documentsRepository'
import type { ImportRunner } from '../../src-main/importers/importRunner'
import { inProcessRunner } from '../../src-main/importers/importRunner'
import { DocumentsService } from '../../src-main/services/documentsService'
import { EventBus } from '../../src-main/services/eventBus'
import { IncomingAnnotationsWriter } from '../../src-main/services/incomingAnnotations'
import { transactionOn } from '../../src-main/services/transaction'
import { AnnotationsRepository } from '../../src-main/db/repositories/annotationsRepository'
import { CommentsRepository } from '../../src-main/db/repositories/commentsRepository'
import { createTempDatabase } from './tempDatabase'

/** A DocumentsService over a real temporary library, with the events it emitted. */
export function createDocumentsHarness(runner: ImportRunner = inProcessRunner) {
  const database = createTempDatabase()
  const events = new EventBus()
  const changes: MainEvents['documents.didChange'][] = []
  events.subscribe((name, payload) => {
    if (name === 'documents.didChange') changes.push(payload as MainEvents['documents.didChange'])
  })
  const service = new DocumentsService({
    documents: new DocumentsRepository(database.db),
    revisions: new RevisionsRepository(database.db),
    transaction: transactionOn(database.db),
    events,
    incoming: new IncomingAnnotationsWriter(
      new AnnotationsRepository(database.db),
      new CommentsRepository(database.db),
    ),
    runner,
    welcomeSource: () => ({
      name: 'welcome.md',
      bytes: fs.readFileSync(path.resolve('resources/welcome/welcome.md')),
    }),
  })
  /** Row counts, to prove a refusal left nothing behind. */
  const counts = () => ({
    documents: (database.db.prepare(`SELECT count(*) AS n FROM documents`).get() as { n: number }).n,
    revisions: (database.db.prepare(`SELECT count(*) AS n FROM revisions`).get() as { n: number }).n,
  })
  return { database, service, changes, counts, remove: () => database.remove() }
}

/** A file as the renderer sends it. */
export function fileOf(name: string, content: string | Uint8Array, encoding?: string) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  return encoding ? { name, bytes, encoding } : { name, bytes }
}
