/** One line of a benchmark table: what was measured, the baseline measured in the same run, and the target. */
export type BenchRow = {
  scenario: string
  measured: string
  baseline: string
  target: string
  verdict: 'ok' | 'over'
}

/** Milliseconds, rounded for a table. */
export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`
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
