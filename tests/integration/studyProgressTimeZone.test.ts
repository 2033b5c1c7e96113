import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDocument } from '../support/seedDocument'
import { composeStudyParts } from '../support/studyParts'

const paragraphs = ['9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí.']
const quote = 'năng lượng'
const hanoi = 7 * 60
const newYork = -5 * 60

let now = '2026-03-02T23:30:00.000Z'
let parts: ReturnType<typeof composeStudyParts>
let documentId: string
beforeEach(() => {
  now = '2026-03-02T23:30:00.000Z'
  parts = composeStudyParts(() => now)
  documentId = seedDocument(parts.db.db, paragraphs).documentId
})
afterEach(() => parts.db.remove())

const answerOneCard = () => {
  const start = paragraphs[0]!.indexOf(quote)
  const annotation = parts.annotations.create({ documentId, start, end: start + quote.length, color: 'yellow' })
  const [card] = parts.study.createCards([annotation.id], 'cloze')
  parts.study.answer(card!.id, 3)
}

describe('study progress counts days in the user’s time zone', () => {
  it('puts a review at 06:30 in Hanoi (23:30 UTC the evening before) on the Hanoi day', () => {
    answerOneCard()
    const local = parts.study.progress(hanoi)
    expect(local.reviewsByDay.at(-1)).toEqual({ day: '2026-03-03', count: 1 })
    expect(local.dueByDay[0]!.day).toBe('2026-03-03')
    expect(local.reviewsByDay).toHaveLength(30)

    const utc = parts.study.progress()
    expect(utc.reviewsByDay.at(-1)).toEqual({ day: '2026-03-02', count: 1 })
    expect(utc.dueByDay[0]!.day).toBe('2026-03-02')
  })

  it('keeps a late evening review in New York on that evening’s day, west of UTC', () => {
    now = '2026-03-03T03:00:00.000Z'
    answerOneCard()
    const local = parts.study.progress(newYork)
    expect(local.reviewsByDay.at(-1)).toEqual({ day: '2026-03-02', count: 1 })
    expect(local.dueByDay.map((entry) => entry.day).slice(0, 2)).toEqual(['2026-03-02', '2026-03-03'])
  })

  it('counts as due today a card due after UTC midnight but before local midnight', () => {
    now = '2026-03-02T23:55:00.000Z' // 18:55 in New York
    answerOneCard() // Good on a new card: back in ten minutes, 00:05 UTC, still the New York evening
    expect(parts.study.progress(newYork)).toMatchObject({ dueNow: 0, dueToday: 1 })
    expect(parts.study.progress()).toMatchObject({ dueNow: 0, dueToday: 0 })
  })
})
