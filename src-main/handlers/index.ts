import type { MainApiHandlers } from '../common/api/contract'
import type { AppService } from '../services/appService'
import type { DocumentsService } from '../services/documentsService'
import type { ExchangeService } from '../services/exchangeService'
import type { ExportService } from '../services/exportService'
import type { SettingsService } from '../services/settingsService'
import { createAppHandlers } from './appHandlers'
import { createDocumentsHandlers } from './documentsHandlers'
import { createExportHandlers } from './exportHandlers'
import { createSettingsHandlers } from './settingsHandlers'

/** The services the handlers call; the composition root constructs them. */
export type Services = {
  app: AppService
  settings: SettingsService
  documents: DocumentsService
  exports: ExportService
  exchange: ExchangeService
}

/** Every channel of the contract, one domain file each. The compiler refuses a missing channel. */
export function createMainApiHandlers(services: Services): MainApiHandlers {
  return {
    ...createAppHandlers(services.app),
    ...createSettingsHandlers(services.settings),
    ...createDocumentsHandlers(services.documents),
    ...createExportHandlers(services.exports, services.exchange),
  }
}
