import type { MainEventName } from '../common/api/contract'
import type { Block } from '../common/model/document'
import { blockStartOffsets } from '../common/text/canonicalText'
import type { SearchTextQueueRepository } from '../db/repositories/searchTextQueueRepository'
import { blockEntries, parseStoredBlocks } from '../search/blockEntries'
import type { EventBus } from './eventBus'
import type { Transaction } from './transaction'

/** Events that end every write which can queue text (an import, a draft, an undo, a sync, a rebuild of the index). */
export const eventsThatQueueText: ReadonlySet<MainEventName> = new Set<MainEventName>([
  'documents.didChange',
  'drafts.didChange',
  'team.didSync',
  'search.didRebuildIndex',
])

/**
 * How long one slice may hold the database and the main thread, how many old rows one slice removes, and how long
 * after a write indexing waits before it starts.
 */
export type IndexerPacing = { sliceMs: number; clearBatch: number; settleMs: number }

/**
 * A slice short enough that a call arriving meanwhile waits less than a frame. Indexing starts a moment after the
 * write that queued it: the window opens the imported text right after the import returns, and reading the revision
 * for indexing (parsing megabytes of blocks) would otherwise compete with that.
 */
const defaultPacing: IndexerPacing = { sliceMs: 12, clearBatch: 200, settleMs: 1500 }

/** What one slice did. */
type SliceOutcome = { more: boolean; indexedDocument: string | null }

/**
 * Indexes the text of long revisions after their write, from `search_text_queue` (migration 0011). Each slice is its
 * own short transaction that indexes blocks for about `sliceMs` and records how far it got, so a closed or killed
 * app loses at most one slice and resumes where the queue says at the next start; between slices it yields to the
 * event loop (setImmediate), so calls from the window are served while a 7 MB text is indexed. Before indexing a
 * revision it removes the document's previous text rows, in slices too (search hides them meanwhile).
 */
export class SearchTextIndexer {
  /** 'settling': waiting for a write to settle; 'running': a slice is scheduled on the event loop. */
  private state: 'idle' | 'settling' | 'running' = 'idle'
  private stopped = false
  private failures = 0
  private retry: ReturnType<typeof setTimeout> | undefined
  private settle: ReturnType<typeof setTimeout> | undefined
  /** The parsed blocks of the revision being indexed, so each slice does not parse megabytes of JSON again. */
  private current: { revisionId: string; blocks: Block[]; starts: number[] } | null = null
  private idleWaiters: (() => void)[] = []

  constructor(
    private readonly queue: SearchTextQueueRepository,
    private readonly transaction: Transaction,
    private readonly events: EventBus,
    private readonly pacing: IndexerPacing = defaultPacing,
  ) {}

  /** Index whatever is queued, in the background, once the write that queued it has settled; cheap when nothing is. */
  wake(): void {
    if (this.state !== 'idle' || this.stopped) return
    this.state = 'settling'
    this.settle = setTimeout(() => this.tick(), this.pacing.settleMs)
    this.settle.unref?.()
  }

  /** Stop indexing (the app is closing); what is left stays queued for the next start. */
  stop(): void {
    this.stopped = true
    clearTimeout(this.retry)
    clearTimeout(this.settle)
    this.settleIdle()
  }

  /** Index what is queued now, without the settling pause; resolves once nothing is queued, or on stop. */
  whenIdle(): Promise<void> {
    if (this.stopped || (this.state === 'idle' && this.queue.first() === null)) return Promise.resolve()
    if (this.state !== 'running') {
      clearTimeout(this.settle)
      this.next()
    }
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** The next slice, after whatever else is waiting in the event loop. */
  private next(): void {
    this.state = 'running'
    setImmediate(() => this.tick())
  }

  /** Run one slice now; true while more remains. */
  indexSlice(): boolean {
    const outcome = this.transaction(() => this.sliceInTransaction())
    if (outcome.indexedDocument) this.events.emit('search.didIndexText', { documentId: outcome.indexedDocument })
    return outcome.more
  }

  private tick(): void {
    this.state = 'idle'
    if (this.stopped) return
    let more: boolean
    try {
      more = this.indexSlice()
      this.failures = 0
    } catch (error) {
      // A busy or failing database: try again a little later rather than spin; the queue keeps the place.
      console.error('[marginalia] search indexing failed:', error)
      this.failures += 1
      this.current = null
      this.retry = setTimeout(() => this.wake(), Math.min(60_000, 500 * 2 ** this.failures))
      this.retry.unref?.()
      return
    }
    if (more) this.next()
    else this.settleIdle()
  }

  private sliceInTransaction(): SliceOutcome {
    const queued = this.queue.first()
    if (!queued) return { more: false, indexedDocument: null }
    if (!queued.cleared) {
      // The revision's blocks may have changed under the same id; read them again once cleared.
      this.current = null
      const removed = this.queue.deleteTextRows(queued.documentId, this.pacing.clearBatch)
      if (removed < this.pacing.clearBatch) this.queue.markCleared(queued.revisionId)
      return { more: true, indexedDocument: null }
    }
    const revision = this.blocksOf(queued.revisionId)
    if (!revision) {
      this.queue.finish(queued.revisionId)
      return { more: true, indexedDocument: null }
    }
    const deadline = performance.now() + this.pacing.sliceMs
    let next = queued.nextBlock
    for (const entry of blockEntries(revision.blocks, revision.starts, next)) {
      if (entry.body !== '') this.queue.insertEntry(queued, entry)
      next = entry.blockIndex + 1
      if (performance.now() >= deadline) break
    }
    if (next < revision.blocks.length) {
      this.queue.advance(queued.revisionId, next)
      return { more: true, indexedDocument: null }
    }
    this.queue.finish(queued.revisionId)
    this.current = null
    return { more: true, indexedDocument: queued.documentId }
  }

  private blocksOf(revisionId: string): { blocks: Block[]; starts: number[] } | null {
    if (this.current?.revisionId === revisionId) return this.current
    const json = this.queue.blocksJson(revisionId)
    if (json === null) return null
    const blocks = parseStoredBlocks(json)
    this.current = { revisionId, blocks, starts: blockStartOffsets(blocks) }
    return this.current
  }

  private settleIdle(): void {
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const resolve of waiters) resolve()
  }
}
