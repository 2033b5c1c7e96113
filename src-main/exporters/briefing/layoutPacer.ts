import type { ExportProgress } from '../exporter'

/**
 * How long layout runs between turns of the event loop. Short enough that progress moves several times a second
 * and a cancel lands well within half a second on a busy machine; long enough that the turns cost nothing.
 */
const sliceMs = 40

/**
 * Paces a long layout by the clock rather than by a count of paragraphs (a paragraph may be one line or a page):
 * layout asks `due()` as it goes, and when a slice of time is used up it reports progress and `pause`s, which
 * gives the event loop a turn and throws `ExportCancelled` once the user has cancelled.
 */
export class LayoutPacer {
  private sliceStart: number

  constructor(
    private readonly progress: ExportProgress,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sliceStart = now()
  }

  /** True when layout has run for a slice since the last pause. */
  due(): boolean {
    return this.now() - this.sliceStart >= sliceMs
  }

  /** Report `fraction` of the whole export done, then give the event loop a turn (throws when cancelled). */
  async pause(fraction: number): Promise<void> {
    this.progress.report(fraction)
    await this.progress.pause()
    this.sliceStart = this.now()
  }
}
