/**
 * How tall each block of a revision is on screen, measured where it has been drawn and estimated where not, with
 * the offset of each block from the top of the text. The windowed reader sizes the gaps that stand for undrawn
 * blocks from it and finds which blocks a scroll position shows. Offsets are prefix sums recomputed lazily from the
 * first changed block, so measuring the blocks of one window costs one pass over the blocks after them at most.
 */
export class BlockHeights {
  private readonly sizes: Float64Array
  /** What `estimate` said for each block, kept so that calibrating does not ask it again. */
  private readonly estimates: Float64Array
  private readonly measured: Uint8Array
  /** offsets[i] is the top of block i; offsets[count] the total height. Valid up to `validUpTo`. */
  private readonly offsets: Float64Array
  private validUpTo = 0

  constructor(
    readonly count: number,
    estimate: (index: number) => number,
  ) {
    this.sizes = new Float64Array(count)
    this.estimates = new Float64Array(count)
    this.measured = new Uint8Array(count)
    this.offsets = new Float64Array(count + 1)
    this.reset(estimate)
  }

  /** Forget every measurement and estimate afresh (the text size or the width changed). */
  reset(estimate: (index: number) => number): void {
    this.measured.fill(0)
    for (let index = 0; index < this.count; index++) this.estimates[index] = estimate(index)
    this.sizes.set(this.estimates)
    this.validUpTo = 0
  }

  /**
   * Scale the estimates of blocks not measured yet so that they agree on average with those measured: the first
   * window tells how this font and width lay text out. Returns the factor applied.
   */
  calibrate(): number {
    let measuredTotal = 0
    let estimatedTotal = 0
    for (let index = 0; index < this.count; index++) {
      if (!this.measured[index]) continue
      measuredTotal += this.sizes[index]!
      estimatedTotal += this.estimates[index]!
    }
    if (measuredTotal <= 0 || estimatedTotal <= 0) return 1
    const factor = measuredTotal / estimatedTotal
    for (let index = 0; index < this.count; index++) {
      if (!this.measured[index]) this.sizes[index] = this.estimates[index]! * factor
    }
    this.validUpTo = 0
    return factor
  }

  /** Record the drawn height of block `index`; true when it differs from what was assumed. */
  measure(index: number, size: number): boolean {
    this.measured[index] = 1
    if (Math.abs(this.sizes[index]! - size) < 0.5) return false
    this.sizes[index] = size
    this.validUpTo = Math.min(this.validUpTo, index)
    return true
  }

  /** The height of block `index` (measured or estimated). */
  sizeOf(index: number): number {
    return this.sizes[index] ?? 0
  }

  /** The distance from the top of the text to the top of block `index` (index = count: the total height). */
  offsetOf(index: number): number {
    const target = Math.max(0, Math.min(index, this.count))
    if (target > this.validUpTo) {
      for (let at = this.validUpTo; at < target; at++) this.offsets[at + 1] = this.offsets[at]! + this.sizes[at]!
      this.validUpTo = target
    }
    return this.offsets[target]!
  }

  /** The height of the whole text. */
  get total(): number {
    return this.offsetOf(this.count)
  }

  /** The block at distance `y` from the top of the text (clamped to the first and last block). */
  indexAt(y: number): number {
    if (this.count === 0) return 0
    this.offsetOf(this.count)
    let low = 0
    let high = this.count - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.offsets[middle]! <= y) low = middle
      else high = middle - 1
    }
    return low
  }
}
