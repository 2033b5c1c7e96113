/**
 * Which bars of a chart by day carry a date under them, and what it says. Each label sits under its own bar (a
 * time axis would put its ticks at midnight, between the bars, and leave today's bar without one). At most
 * `maxLabels` are shown, counted from today's bar (`today`, its index) so that today always has its date.
 */
export function labelledDays(dayCount: number, today: number, maxLabels: number): number[] {
  const step = Math.max(1, Math.ceil(dayCount / Math.max(1, maxLabels)))
  const indexes: number[] = []
  for (let index = 0; index < dayCount; index++) if ((index - today) % step === 0) indexes.push(index)
  return indexes
}

/** A YYYY-MM-DD day as the user's language writes a short date ("29/11", "11/29"). */
export function shortDay(day: string, language: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(language, {
    day: 'numeric',
    month: 'numeric',
    timeZone: 'UTC',
  })
}
