import type { Connection } from '../../src-main/db/connection'
import { AnnotationsRepository } from '../../src-main/db/repositories/annotationsRepository'
import { CommentsRepository } from '../../src-main/db/repositories/commentsRepository'
import { RevisionsRepository } from '../../src-main/db/repositories/revisionsRepository'
import { SettingsRepository } from '../../src-main/db/repositories/settingsRepository'
import { StudyRepository } from '../../src-main/db/repositories/studyRepository'
import { TagsRepository } from '../../src-main/db/repositories/tagsRepository'
import { AnnotationsService } from '../../src-main/services/annotationsService'
import { EventBus } from '../../src-main/services/eventBus'
import { SettingsService } from '../../src-main/services/settingsService'
import { StudyService } from '../../src-main/services/studyService'
import { TagsService } from '../../src-main/services/tagsService'
import { transactionOn } from '../../src-main/services/transaction'
import { createTempDatabase } from './tempDatabase'

/** The annotation and study services wired on one temporary library file and one event bus, as the app wires them. */
export function composeStudyParts(clock?: () => string) {
  const db = createTempDatabase()
  return { db, ...composeStudyServices(db.db, clock) }
}

/** The annotation and study services on an open library connection, sharing one event bus. */
export function composeStudyServices(connection: Connection, clock?: () => string) {
  const bus = new EventBus()
  const transaction = transactionOn(connection)
  const settings = new SettingsService(new SettingsRepository(connection), bus, transaction)
  const annotationsRepository = new AnnotationsRepository(connection)
  const revisions = new RevisionsRepository(connection)
  const tags = new TagsService(new TagsRepository(connection), annotationsRepository, bus, transaction)
  const annotations = new AnnotationsService(
    annotationsRepository,
    new CommentsRepository(connection),
    revisions,
    tags,
    settings,
    bus,
    transaction,
  )
  const repository = new StudyRepository(connection)
  const study = new StudyService(repository, annotationsRepository, revisions, bus, transaction, clock)
  return { bus, transaction, annotations, study, repository }
}
