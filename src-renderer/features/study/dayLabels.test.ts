import { describe, expect, it } from 'vitest'
import { labelledDays, shortDay } from './dayLabels'

describe('dates under the progress charts', () => {
  it('labels today in both charts: the first bar of the coming week, the last of the past 30 days', () => {
    expect(labelledDays(7, 0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(labelledDays(30, 29, 6)).toEqual([4, 9, 14, 19, 24, 29])
  })

  it('keeps to the number of labels that fit', () => {
    expect(labelledDays(7, 0, 3).length).toBeLessThanOrEqual(3)
    expect(labelledDays(7, 0, 3)[0]).toBe(0)
  })

  it('writes the day in the user’s language, whatever the time zone', () => {
    expect(shortDay('2026-11-29', 'vi')).toBe('29/11')
    expect(shortDay('2026-11-29', 'en-US')).toBe('11/29')
  })
})
