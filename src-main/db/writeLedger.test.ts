import { describe, expect, it } from 'vitest'
import { missingWrites } from './writeLedger'

const counted = (libraryId: string, count: number) => ({ libraryId, count })

describe('missing acknowledged saves', () => {
  it('are the saves the marker counted beyond what the file holds', () => {
    expect(missingWrites(counted('a', 26), counted('a', 50))).toBe(24)
    expect(missingWrites(counted('a', 50), counted('a', 50))).toBe(0)
  })

  it('are never negative: a file ahead of its marker (killed between commit and marker) lost nothing', () => {
    expect(missingWrites(counted('a', 51), counted('a', 50))).toBe(0)
  })

  it('are all of them when the file has no count left (its schema was only in a deleted WAL)', () => {
    expect(missingWrites(null, counted('a', 50))).toBe(50)
  })

  it('are none for another library put in its place, or without a marker', () => {
    expect(missingWrites(counted('b', 3), counted('a', 50))).toBe(0)
    expect(missingWrites(counted('a', 3), null)).toBe(0)
  })
})
