/** A wait rounded the way review buttons show it: minutes under an hour, hours under a day, then days, months, years. */
export type IntervalParts = { unit: 'minutes' | 'hours' | 'days' | 'months' | 'years'; count: number }

/** How long from `now` until `due` (ISO strings), in the largest unit that keeps it readable. */
export function intervalUntil(now: string, due: string): IntervalParts {
  const minutes = Math.max(1, Math.round((Date.parse(due) - Date.parse(now)) / 60_000))
  if (minutes < 60) return { unit: 'minutes', count: minutes }
  const hours = Math.round(minutes / 60)
  if (hours < 24) return { unit: 'hours', count: hours }
  const days = Math.round(hours / 24)
  if (days < 31) return { unit: 'days', count: days }
  const months = Math.round(days / 30.4)
  if (months < 12) return { unit: 'months', count: months }
  return { unit: 'years', count: Math.round((days / 365) * 10) / 10 }
}
