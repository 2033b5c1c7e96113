import { $getRoot, type LexicalEditor } from 'lexical'
import type { Block } from '@common/model/document'
import { $appendBlocks } from './buildBlocks'

/** How much text the first, synchronous slice draws: enough to fill a tall window several times over. */
export const firstSliceCharacters = 40_000
/**
 * How long a frame may take while the rest is drawn, so scrolling and selecting stay responsive. Each later slice
 * is drawn at the start of a frame; the time to the next frame (drawing, style, layout, paint) sizes the next slice.
 */
const frameTargetMs = 40
const sliceLimits = { smallest: 4_000, largest: 120_000 }

/** Where a slice that starts at `from` should end so that it holds about `budget` characters (at least one block). */
export function sliceEnd(blocks: readonly Block[], from: number, budget: number): number {
  let characters = 0
  let index = from
  while (index < blocks.length && (characters < budget || index === from)) {
    characters += blocks[index]!.text.length + 1
    index++
  }
  return index
}

/** Draws a revision into a read-only editor: the first screenfuls at once, the rest in slices between frames. */
export class ProgressiveRenderer {
  private drawn = 0
  /** Characters per later slice, adjusted after each slice to take about sliceTargetMs on this machine. */
  private sliceCharacters = 30_000
  private frame: number | undefined
  private lastFrameAt = 0
  private stopped = false
  private readonly listeners = new Set<(drawn: number) => void>()

  constructor(
    private readonly editor: LexicalEditor,
    private readonly blocks: readonly Block[],
  ) {}

  /** How many blocks (from the start) are in the DOM. */
  get drawnCount(): number {
    return this.drawn
  }

  /** True once every block is drawn. */
  get complete(): boolean {
    return this.drawn >= this.blocks.length
  }

  /** Called after every slice with the number of blocks drawn. */
  onProgress(listener: (drawn: number) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Draw the first slice now and schedule the rest. */
  start(): void {
    // React's StrictMode mounts twice on the same editor: start from an empty root every time.
    this.editor.update(() => $getRoot().clear(), { discrete: true })
    this.drawTo(sliceEnd(this.blocks, 0, firstSliceCharacters))
    this.scheduleNext()
  }

  /** Make sure block `index` is in the DOM (drawing everything before it synchronously if needed). */
  ensureDrawn(index: number): void {
    if (index < this.drawn) return
    this.drawTo(Math.min(this.blocks.length, index + 1 + 50))
  }

  /** Stop drawing (the reader closed). */
  stop(): void {
    this.stopped = true
    if (this.frame !== undefined) cancelAnimationFrame(this.frame)
  }

  private scheduleNext(): void {
    if (this.stopped || this.complete) return
    this.frame = requestAnimationFrame((now) => {
      this.frame = undefined
      if (this.lastFrameAt > 0) {
        const frameMs = Math.max(1, now - this.lastFrameAt)
        const scaled = this.sliceCharacters * Math.min(1.5, frameTargetMs / frameMs)
        this.sliceCharacters = Math.min(sliceLimits.largest, Math.max(sliceLimits.smallest, scaled))
      }
      this.lastFrameAt = now
      this.drawTo(sliceEnd(this.blocks, this.drawn, this.sliceCharacters))
      this.scheduleNext()
    })
  }

  private drawTo(end: number): void {
    if (this.stopped || end <= this.drawn) return
    const from = this.drawn
    // discrete: commit to the DOM before returning, so callers can scroll to what was just drawn.
    this.editor.update(() => $appendBlocks(this.blocks, from, end), { discrete: true })
    this.drawn = end
    for (const listener of this.listeners) listener(end)
  }
}
