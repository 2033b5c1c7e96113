/** A backup as retention sees it; `holdsData` opens the file, so it is asked only when needed. */
export type RetainedBackup = { path: string; createdAt: Date; holdsData: () => boolean }

const day = 24 * 60 * 60 * 1000

/** How many days and weeks keep their newest backup, beyond the newest `keep` files. */
export const retentionTiers = { days: 7, weeks: 8 }

/**
 * Which backups to delete. Kept: the newest `keep`; the newest of each of the last 7 days and of the last 8 weeks
 * (so a day of restarts cannot push out last week's state); and always the newest backup that holds any data, so
 * that ten starts of an emptied library never rotate away the last copy of the real one.
 * @param backups newest first.
 */
export function backupsToDelete(backups: readonly RetainedBackup[], keep: number, now = new Date()): string[] {
  const kept = new Set<string>(backups.slice(0, keep).map((backup) => backup.path))
  const seenDays = new Set<number>()
  const seenWeeks = new Set<number>()
  for (const backup of backups) {
    const age = now.getTime() - backup.createdAt.getTime()
    const dayNumber = Math.floor(backup.createdAt.getTime() / day)
    const weekNumber = Math.floor(dayNumber / 7)
    if (age < retentionTiers.days * day && !seenDays.has(dayNumber)) kept.add(backup.path)
    if (age < retentionTiers.weeks * 7 * day && !seenWeeks.has(weekNumber)) kept.add(backup.path)
    seenDays.add(dayNumber)
    seenWeeks.add(weekNumber)
  }
  const keptHoldsData = backups.some((backup) => kept.has(backup.path) && backup.holdsData())
  if (!keptHoldsData) {
    const newestWithData = backups.find((backup) => !kept.has(backup.path) && backup.holdsData())
    if (newestWithData) kept.add(newestWithData.path)
  }
  return backups.filter((backup) => !kept.has(backup.path)).map((backup) => backup.path)
}
