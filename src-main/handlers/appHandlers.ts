import type { AppApi } from '../common/api/appApi'
import type { Handlers } from '../common/api/callMap'
import type { AppService } from '../services/appService'

/** app.* calls. */
export function createAppHandlers(app: AppService): Handlers<AppApi> {
  return { 'app.getStatus': () => app.getStatus() }
}
