import type { MainApiHandlers } from '../common/api/contract'
import type { AnnotationsService } from '../services/annotationsService'
import type { AppService } from '../services/appService'
import type { BackupService } from '../services/backupService'
import type { DocumentsService } from '../services/documentsService'
import type { DraftsService } from '../services/draftsService'
import type { SearchService } from '../services/searchService'
import type { ExchangeService } from '../services/exchangeService'
import type { ExportService } from '../services/exportService'
import type { SettingsService } from '../services/settingsService'
import type { TagsService } from '../services/tagsService'
import type { StudyService } from '../services/studyService'
import type { TeamService } from '../services/teamService'
import type { TeamSync } from '../services/teamSync'
import { createAnnotationsHandlers, createTagsHandlers } from './annotationsHandlers'
import { createAppHandlers } from './appHandlers'
import { createDocumentsHandlers } from './documentsHandlers'
import { createDraftsHandlers } from './draftsHandlers'
import { createSearchHandlers } from './searchHandlers'
import { createExportHandlers } from './exportHandlers'
import { createSettingsHandlers } from './settingsHandlers'
import { createStudyHandlers } from './studyHandlers'
import { createTeamHandlers } from './teamHandlers'

/** The services the handlers call; the composition root constructs them. */
export type Services = {
  app: AppService
  backups: BackupService
  settings: SettingsService
  documents: DocumentsService
  drafts: DraftsService
  annotations: AnnotationsService
  tags: TagsService
  search: SearchService
  exports: ExportService
  exchange: ExchangeService
  study: StudyService
  team: TeamService
  teamSync: TeamSync
}

/** Every channel of the contract, one domain file each. The compiler refuses a missing channel. */
export function createMainApiHandlers(services: Services): MainApiHandlers {
  return {
    ...createAppHandlers(services.app, services.backups),
    ...createSettingsHandlers(services.settings),
    ...createDocumentsHandlers(services.documents, services.drafts),
    ...createDraftsHandlers(services.drafts),
    ...createAnnotationsHandlers(services.annotations, services.drafts, services.team),
    ...createTagsHandlers(services.tags),
    ...createSearchHandlers(services.search),
    ...createExportHandlers(services.exports, services.exchange),
    ...createStudyHandlers(services.study),
    ...createTeamHandlers(services.team, services.teamSync),
  }
}
