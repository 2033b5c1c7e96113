import type { AppNotice, AppStatus } from '../common/api/appApi'

/** Facts about this run of the app, fixed at start. */
export class AppService {
  constructor(private readonly status: AppStatus) {}

  getStatus(): AppStatus {
    return this.status
  }

  /** Notices raised at start; kept so a page that loads later still sees them. */
  get notices(): AppNotice[] {
    return this.status.notices
  }
}
