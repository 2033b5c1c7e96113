import type { StudyProgress } from '../common/study/card'
import type { StudyRepository } from '../db/repositories/studyRepository'

const dayMs = 24 * 60 * 60 * 1000

/**
 * The progress view's numbers at `now`. Days are the user's calendar days: `utcOffsetMinutes` east of UTC shifts
 * where midnight falls, so a review at 06:30 in Hanoi (23:30 UTC the day before) counts for the Hanoi day. True
 * retention counts only answers to cards already in review (learning steps would flatter it), as Anki's statistics do.
 */
export function studyProgress(
  cards: StudyRepository,
  now: string,
  desiredRetention: number,
  utcOffsetMinutes = 0,
): StudyProgress {
  const offsetMs = utcOffsetMinutes * 60 * 1000
  const localNow = new Date(Date.parse(now) + offsetMs).toISOString()
  // Local midnight as a UTC instant; labels are taken from the shifted (local) clock.
  const today = Date.parse(localNow.slice(0, 10) + 'T00:00:00.000Z') - offsetMs
  const localDay = (instant: number) => new Date(instant + offsetMs).toISOString().slice(0, 10)
  const endOfDay = (offset: number) => new Date(today + (offset + 1) * dayMs - 1).toISOString()
  const cumulative = cards.countDueBefore([now, ...Array.from({ length: 7 }, (_, offset) => endOfDay(offset))])
  const dueByDay = cumulative.slice(1).map((count, offset) => ({
    day: localDay(today + offset * dayMs),
    count: count - (offset === 0 ? 0 : cumulative[offset]!),
  }))
  const since = new Date(today - 29 * dayMs).toISOString()
  const perDay = new Map(cards.reviewsPerDay(since, utcOffsetMinutes).map((row) => [row.day, row.count]))
  const reviewsByDay = Array.from({ length: 30 }, (_, index) => {
    const day = localDay(today - (29 - index) * dayMs)
    return { day, count: perDay.get(day) ?? 0 }
  })
  const retention = cards.retentionSince(since)
  return {
    dueNow: cumulative[0]!,
    dueToday: cumulative[1]!,
    dueByDay,
    reviewsByDay,
    trueRetention: retention.total > 0 ? retention.recalled / retention.total : null,
    retentionSample: retention.total,
    totalCards: cards.countActive(),
    desiredRetention,
  }
}
