import type { Store } from '../db/openStore'

const hour = 60 * 60 * 1000

export type BackupScheduleOptions = {
  /** A backup is due when the newest is older than this. */
  interval?: number
  /** Runs before each backup (scrubbing deleted text, so a backup never copies it). */
  beforeBackup?: () => void
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

  constructor(
    private readonly store: Store,
    options: BackupScheduleOptions = {},
  ) {
    this.interval = options.interval ?? 6 * hour
    this.beforeBackup = options.beforeBackup ?? (() => {})
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
      .catch((error: unknown) => console.error('[marginalia] backup failed:', error))
    return this.running
  }
}
