/**
 * The change to jump to from where the user is in the compare view: `changes` are paragraph indexes in order,
 * `current` the paragraph index the user is at (or -1 before the first). Stops at the ends rather than wrapping,
 * so holding the key never loops the user back to the top unnoticed. Returns null when there is no change.
 */
export function stepChange(changes: readonly number[], current: number, direction: 1 | -1): number | null {
  if (changes.length === 0) return null
  if (direction === 1) {
    for (const index of changes) if (index > current) return index
    return changes[changes.length - 1]!
  }
  for (let position = changes.length - 1; position >= 0; position--) {
    if (changes[position]! < current) return changes[position]!
  }
  return changes[0]!
}

/** The 1-based position of paragraph `index` among the changes (0 when it is not a change). */
export function changeNumber(changes: readonly number[], index: number): number {
  let low = 0
  let high = changes.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (changes[middle]! < index) low = middle + 1
    else high = middle
  }
  return changes[low] === index ? low + 1 : 0
}
