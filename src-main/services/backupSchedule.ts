import type { AppNotice } from '../common/api/appApi'
import { AppError } from '../common/api/appError'
import type { Store } from '../db/openStore'

const hour = 60 * 60 * 1000

export type BackupScheduleOptions = {
  /** A backup is due when the newest is older than this. */
  interval?: number
  /** Runs before each backup (scrubbing deleted text, so a backup never copies it). */
  beforeBackup?: () => void
  /** Tells the user a backup failed (could not be written, or failed its check); a log line alone goes unread. */
  onFailure?: (notice: AppNotice) => void
}

/**
 * Takes a backup at start when the newest one is older than the interval, then once per interval while running,
 * and a last one at shutdown. Backups run on SQLite's backup API, step by step, so they do not stall saves.
 */
export class BackupSchedule {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<unknown> = Promise.resolve()
  private readonly interval: number
  private readonly beforeBackup: () => void
  private readonly onFailure: (notice: AppNotice) => void

  constructor(
    private readonly store: Store,
    options: BackupScheduleOptions = {},
  ) {
    this.interval = options.interval ?? 6 * hour
    this.beforeBackup = options.beforeBackup ?? (() => {})
    this.onFailure = options.onFailure ?? (() => {})
  }

  start(): void {
    const newest = this.store.backups.list()[0]
    if (!newest || Date.now() - newest.createdAt.getTime() > this.interval) this.backupNow()
    this.timer = setInterval(() => this.backupNow(), this.interval)
    this.timer.unref()
  }

  /** Stop the timer and write a final backup, so the newest backup holds the last session's work. */
  async stop(): Promise<void> {
    clearInterval(this.timer)
    await this.running
    if (this.store.db.open) await this.backupNow()
  }

  private backupNow(): Promise<unknown> {
    this.running = this.running
      .then(() => {
        this.beforeBackup()
        return this.store.backups.create(this.store.db)
      })
      .catch((error: unknown) => {
        console.error('[marginalia] backup failed:', error)
        this.onFailure(backupFailureNotice(error, this.store.backups.directory))
      })
    return this.running
  }
}

/** The notice for a failed backup: which kind of failure (`backup.<kind>`), and where backups go. */
function backupFailureNotice(error: unknown, directory: string): AppNotice {
  const code = error instanceof AppError && error.code.startsWith('backup.') ? error.code : 'backup.cannotWrite'
  return { code, params: { directory } }
}
