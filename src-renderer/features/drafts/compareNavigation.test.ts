import { describe, expect, it } from 'vitest'
import { changeNumber, stepChange } from './compareNavigation'

const changes = [3, 8, 40]

describe('jumping between changes in the compare view', () => {
  it('goes to the first change from the top and then on to each next one', () => {
    expect(stepChange(changes, -1, 1)).toBe(3)
    expect(stepChange(changes, 3, 1)).toBe(8)
    expect(stepChange(changes, 20, 1)).toBe(40)
  })

  it('goes back to the previous change, and stays at the first and last instead of wrapping', () => {
    expect(stepChange(changes, 40, -1)).toBe(8)
    expect(stepChange(changes, 3, -1)).toBe(3)
    expect(stepChange(changes, 40, 1)).toBe(40)
  })

  it('has nowhere to go when the drafts are the same', () => {
    expect(stepChange([], 0, 1)).toBeNull()
  })

  it('says which change of how many a paragraph is', () => {
    expect(changeNumber(changes, 8)).toBe(2)
    expect(changeNumber(changes, 40)).toBe(3)
    expect(changeNumber(changes, 9)).toBe(0)
  })
})
