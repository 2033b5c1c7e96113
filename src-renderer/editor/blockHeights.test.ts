import { describe, expect, it } from 'vitest'
import { BlockHeights } from './blockHeights'

describe('block heights for the windowed reader', () => {
  it('finds the block at a scroll position from estimates, then from measurements', () => {
    const heights = new BlockHeights(1000, () => 20)
    expect(heights.total).toBe(20_000)
    expect(heights.indexAt(0)).toBe(0)
    expect(heights.indexAt(19_999)).toBe(999)
    expect(heights.indexAt(410)).toBe(20)
    // Block 5 turns out three times as tall: every block after it moves down by 40.
    expect(heights.measure(5, 60)).toBe(true)
    expect(heights.offsetOf(6)).toBe(160)
    expect(heights.indexAt(410)).toBe(18)
    expect(heights.total).toBe(20_040)
    expect(heights.measure(5, 60)).toBe(false)
  })

  it('scales the estimates of undrawn blocks to what the drawn ones measured', () => {
    const heights = new BlockHeights(100, () => 10)
    for (let index = 0; index < 10; index++) heights.measure(index, 30)
    expect(heights.calibrate()).toBe(3)
    expect(heights.sizeOf(50)).toBe(30)
    expect(heights.total).toBe(3000)
  })

  it('starts afresh when the text size changes', () => {
    const heights = new BlockHeights(10, () => 10)
    heights.measure(2, 50)
    heights.reset(() => 20)
    expect(heights.sizeOf(2)).toBe(20)
    expect(heights.total).toBe(200)
  })
})
