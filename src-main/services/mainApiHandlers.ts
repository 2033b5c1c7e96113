import type { MainApiHandlers } from '../common/api/contract'
import type { AppService } from './appService'
import type { DocumentsService } from './documentsService'
import type { SettingsService } from './settingsService'

/** The services a handler map is built from; the composition root constructs them. */
export type Services = {
  app: AppService
  settings: SettingsService
  documents: DocumentsService
}

/** Map every channel of the contract to a service method. The compiler refuses a missing channel. */
export function createMainApiHandlers(services: Services): MainApiHandlers {
  return {
    'app.getStatus': () => services.app.getStatus(),
    'settings.get': () => services.settings.get(),
    'settings.update': (patch) => services.settings.update(patch),
    'documents.list': () => services.documents.list(),
  }
}
