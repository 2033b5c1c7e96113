import type { AppApi } from '../common/api/appApi'
import type { Handlers } from '../common/api/callMap'
import type { AppService } from '../services/appService'
import type { BackupService } from '../services/backupService'

/** app.* calls. */
export function createAppHandlers(app: AppService, backups: BackupService): Handlers<AppApi> {
  return {
    'app.getStatus': () => app.getStatus(),
    'app.eraseDeletedFromBackups': () => backups.eraseDeletedFromBackups(),
  }
}
