import type { MainApiHandlers } from '../common/api/contract'
import type { AppService } from '../services/appService'
import type { DocumentsService } from '../services/documentsService'
import type { SearchService } from '../services/searchService'
import type { SettingsService } from '../services/settingsService'
import { createAppHandlers } from './appHandlers'
import { createDocumentsHandlers } from './documentsHandlers'
import { createSearchHandlers } from './searchHandlers'
import { createSettingsHandlers } from './settingsHandlers'

/** The services the handlers call; the composition root constructs them. */
export type Services = {
  app: AppService
  settings: SettingsService
  documents: DocumentsService
  search: SearchService
}

/** Every channel of the contract, one domain file each. The compiler refuses a missing channel. */
export function createMainApiHandlers(services: Services): MainApiHandlers {
  return {
    ...createAppHandlers(services.app),
    ...createSettingsHandlers(services.settings),
    ...createDocumentsHandlers(services.documents),
    ...createSearchHandlers(services.search),
  }
}
