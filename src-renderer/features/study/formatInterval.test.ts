import { describe, expect, it } from 'vitest'
import { intervalUntil } from './formatInterval'

const now = '2026-03-02T08:00:00.000Z'
const after = (minutes: number) => new Date(Date.parse(now) + minutes * 60_000).toISOString()

describe('when a card comes back, as the review buttons say it', () => {
  it('uses minutes, hours, days, months and years as the wait grows', () => {
    expect(intervalUntil(now, after(1))).toEqual({ unit: 'minutes', count: 1 })
    expect(intervalUntil(now, after(10))).toEqual({ unit: 'minutes', count: 10 })
    expect(intervalUntil(now, after(180))).toEqual({ unit: 'hours', count: 3 })
    expect(intervalUntil(now, after(60 * 24 * 4))).toEqual({ unit: 'days', count: 4 })
    expect(intervalUntil(now, after(60 * 24 * 95))).toEqual({ unit: 'months', count: 3 })
    expect(intervalUntil(now, after(60 * 24 * 365 * 2))).toEqual({ unit: 'years', count: 2 })
  })

  it('never says zero for a card due at once', () => {
    expect(intervalUntil(now, now)).toEqual({ unit: 'minutes', count: 1 })
  })
})
