import type { MainEventName } from '../../src-main/common/api/contract'
import { AnnotationsRepository } from '../../src-main/db/repositories/annotationsRepository'
import { CommentsRepository } from '../../src-main/db/repositories/commentsRepository'
import { RevisionsRepository } from '../../src-main/db/repositories/revisionsRepository'
import { SettingsRepository } from '../../src-main/db/repositories/settingsRepository'
import { TagsRepository } from '../../src-main/db/repositories/tagsRepository'
import { AnnotationsService } from '../../src-main/services/annotationsService'
import { EventBus } from '../../src-main/services/eventBus'
import { SettingsService } from '../../src-main/services/settingsService'
import { TagsService } from '../../src-main/services/tagsService'
import { transactionOn } from '../../src-main/services/transaction'
import { createTempDatabase } from './tempDatabase'

/** The annotation services wired on a real temporary library file, with every event they publish recorded. */
export type Parts = ReturnType<typeof composeParts>

/** Build the annotation services on a fresh temp database. */
export function composeParts() {
  const db = createTempDatabase()
  const bus = new EventBus()
  const events: { name: MainEventName; payload: unknown }[] = []
  bus.subscribe((name, payload) => events.push({ name, payload }))
  const transaction = transactionOn(db.db)
  const settings = new SettingsService(new SettingsRepository(db.db), bus, transaction)
  const annotationsRepository = new AnnotationsRepository(db.db)
  const tags = new TagsService(new TagsRepository(db.db), annotationsRepository, bus, transaction)
  const annotations = new AnnotationsService(
    annotationsRepository,
    new CommentsRepository(db.db),
    new RevisionsRepository(db.db),
    tags,
    settings,
    bus,
    transaction,
  )
  return { db, bus, events, transaction, settings, tags, annotations }
}
