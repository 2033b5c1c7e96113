/**
 * One line of a benchmark table. Every row says what is measured, against what alternative a user or an engineer
 * would otherwise pick (measured in the same run, on the same machine and input), and the ratio of the two; then
 * the target and whether the measurement meets it.
 */
export type BenchRow = {
  /** What is measured, in words a reader of the table understands without the code. */
  scenario: string
  /** The figure for what we ship. */
  measured: string
  /** The alternative one would otherwise pick, named, with its figure from the same run ('—' when there is none). */
  alternative: string
  /** measured ÷ alternative (below 1×: ours takes less), from `ratio()`; '—' without an alternative. */
  ratio: string
  target: string
  verdict: 'ok' | 'over'
}

/** Milliseconds, rounded for a table. */
export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`
}

/** `ours ÷ alternative` for the ratio column, e.g. "0.27×"; '—' when the alternative is zero or unmeasured. */
export function ratio(ours: number, alternative: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(alternative) || alternative <= 0) return '—'
  const value = ours / alternative
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)}×`
}

/** Time a synchronous or asynchronous function `runs` times; returns the sorted durations in milliseconds. */
export async function timeRuns(runs: number, work: () => unknown): Promise<number[]> {
  const durations: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work()
    durations.push(performance.now() - started)
  }
  return durations.sort((a, b) => a - b)
}

/** The value at quantile q (0–1) of sorted numbers. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}
