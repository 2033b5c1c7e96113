/**
 * String similarity for fuzzy anchoring: 1 for equal strings, 0 for nothing in common, from the Levenshtein
 * distance. Plain dynamic programming over two rows; the inputs are quotes and 32-character contexts.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 1
  return 1 - editDistance(a, b) / longest
}

/** Levenshtein distance between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  if (a.length < b.length) return editDistance(b, a)
  let previous = new Uint32Array(b.length + 1)
  let current = new Uint32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    const code = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (code === b.charCodeAt(j - 1) ? 0 : 1)
      current[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length] ?? 0
}

/**
 * Where `pattern` best matches inside `text` with edits allowed (semi-global alignment): the end offset in `text`
 * and the number of edits. The start is found by running the same search on the reversed strings.
 */
export function bestMatchEnd(pattern: string, text: string): { end: number; errors: number } {
  const m = pattern.length
  let column = new Uint32Array(m + 1)
  let next = new Uint32Array(m + 1)
  for (let i = 0; i <= m; i++) column[i] = i
  let best = { end: 0, errors: m }
  for (let j = 1; j <= text.length; j++) {
    next[0] = 0
    const code = text.charCodeAt(j - 1)
    for (let i = 1; i <= m; i++) {
      const substitution = (column[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === code ? 0 : 1)
      next[i] = Math.min(substitution, (column[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1)
    }
    ;[column, next] = [next, column]
    const errors = column[m] ?? m
    if (errors < best.errors) best = { end: j, errors }
  }
  return best
}

/** Strings up to this many code-unit pairs are compared exactly; longer ones by samples (see boundedSimilarity). */
const exactComparisonCells = 1024 * 1024

/**
 * `similarity` with bounded work: exact while the edit-distance table is small, else the mean similarity of
 * evenly spaced 256-character samples taken at the same relative places, scaled by the ratio of the lengths.
 * Linear in the input; good enough to tell a lightly edited long passage from an unrelated one.
 */
export function boundedSimilarity(a: string, b: string): number {
  if (a === b) return 1
  if (a.length * b.length <= exactComparisonCells) return similarity(a, b)
  const sample = 256
  const samples = 8
  let total = 0
  for (let index = 0; index < samples; index++) {
    const fromA = Math.floor(((a.length - sample) * index) / (samples - 1))
    const fromB = Math.floor(((b.length - sample) * index) / (samples - 1))
    total += similarity(a.slice(Math.max(0, fromA), fromA + sample), b.slice(Math.max(0, fromB), fromB + sample))
  }
  const lengths = Math.min(a.length, b.length) / Math.max(a.length, b.length)
  return (total / samples) * lengths
}
