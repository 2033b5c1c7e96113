/** What erases deleted text from the file (ErasureRepository). */
export type Erasure = { eraseLeftovers(): void }

/** Something that runs erasure after a deletion; services take this, so tests can pass `eraseNow`. */
export type ErasureScheduler = { schedule(): void }

/** For services composed without erasure (unit tests of other behaviour). */
export const noErasure: ErasureScheduler = { schedule: () => {} }

/**
 * Erases what deletions left in the file shortly after the last one, not on every click: a burst of deleted
 * comments costs one index rewrite. `flush` runs a pending erasure at once (before a backup, and at shutdown).
 */
export class LeftoverEraser implements ErasureScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined
  private pending = false

  constructor(
    private readonly erasure: Erasure,
    private readonly delayMs = 1000,
  ) {}

  schedule(): void {
    this.pending = true
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.flush(), this.delayMs)
    this.timer.unref?.()
  }

  /** Erase now if a deletion is waiting. */
  flush(): void {
    clearTimeout(this.timer)
    if (!this.pending) return
    this.pending = false
    try {
      this.erasure.eraseLeftovers()
    } catch (error) {
      // Still deleted for the app; only the scrubbing waits for the next deletion or shutdown.
      this.pending = true
      console.error('[marginalia] erasing deleted text failed:', error)
    }
  }
}
