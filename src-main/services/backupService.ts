import type { Store } from '../db/openStore'
import type { LeftoverEraser } from './leftoverEraser'

/** What the user can ask of the backups from the app. */
export class BackupService {
  constructor(
    private readonly store: Store,
    private readonly eraser: LeftoverEraser,
    /** Empties the trash for good (the documents service's purge). */
    private readonly purgeTrash: () => void,
  ) {}

  /**
   * Remove everything deleted from the library and its backups: the trash is emptied now (no more undo), deleted
   * text is scrubbed from the file, then every backup is replaced with one taken now, so none still holds it.
   */
  async eraseDeletedFromBackups(): Promise<{ removed: number }> {
    this.purgeTrash()
    this.eraser.flush()
    return { removed: await this.store.backups.replaceAll(this.store.db) }
  }
}
