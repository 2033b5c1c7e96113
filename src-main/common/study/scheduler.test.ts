import { createEmptyCard, fsrs, generatorParameters, type Grade } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import type { Rating } from './card'
import { newSchedule, nextSchedule, previewDue, replay, type ReviewEvent } from './scheduler'

const created = '2026-03-01T08:00:00.000Z'
const script: { rating: Rating; after: string }[] = [
  { rating: 3, after: '2026-03-01T08:00:10.000Z' },
  { rating: 3, after: '2026-03-01T08:11:00.000Z' },
  { rating: 1, after: '2026-03-04T09:00:00.000Z' },
  { rating: 2, after: '2026-03-04T09:12:00.000Z' },
  { rating: 4, after: '2026-03-06T20:00:00.000Z' },
  { rating: 3, after: '2026-03-20T07:30:00.000Z' },
]
const events: ReviewEvent[] = script.map((step) => ({
  rating: step.rating,
  reviewedAt: step.after,
  desiredRetention: 0.9,
}))

describe('FSRS scheduling', () => {
  it('gives the same due dates as ts-fsrs itself for a scripted sequence of answers', () => {
    const reference = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }))
    let expected = createEmptyCard(new Date(created))
    let schedule = newSchedule(created)
    for (const event of events) {
      expected = reference.next(expected, new Date(event.reviewedAt), event.rating as Grade).card
      schedule = nextSchedule(schedule, event)
      expect(schedule.due).toBe(expected.due.toISOString())
      expect(schedule.stability).toBe(expected.stability)
      expect(schedule.reps).toBe(expected.reps)
    }
    expect(schedule.lapses).toBe(1)
  })

  it('replays a review log to exactly the state the answers left', () => {
    const stepByStep = events.reduce(nextSchedule, newSchedule(created))
    expect(replay(created, events)).toEqual(stepByStep)
    expect(replay(created, events.slice(0, 3))).not.toEqual(stepByStep)
  })

  it('brings a card back sooner for Again than Hard, Good or Easy, and later when aiming at higher retention', () => {
    const reviewed = replay(created, events.slice(0, 2))
    const now = '2026-03-10T09:00:00.000Z'
    const outcomes = previewDue(reviewed, now, 0.9)
    expect(Date.parse(outcomes[1]) < Date.parse(outcomes[2])).toBe(true)
    expect(Date.parse(outcomes[2]) < Date.parse(outcomes[3])).toBe(true)
    expect(Date.parse(outcomes[3]) < Date.parse(outcomes[4])).toBe(true)
    expect(Date.parse(previewDue(reviewed, now, 0.97)[3]) < Date.parse(outcomes[3])).toBe(true)
  })
})
