import type { Store } from '../db/openStore'
import type { LeftoverEraser } from './leftoverEraser'

/** What the user can ask of the backups from the app. */
export class BackupService {
  constructor(
    private readonly store: Store,
    private readonly eraser: LeftoverEraser,
  ) {}

  /** Scrub deleted text from the library, then replace every backup with one taken now (so none still holds it). */
  async eraseDeletedFromBackups(): Promise<{ removed: number }> {
    this.eraser.flush()
    return { removed: await this.store.backups.replaceAll(this.store.db) }
  }
}
