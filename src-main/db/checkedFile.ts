import fs from 'node:fs'
import type Database from 'better-sqlite3'

/** A library connection (named here apart from connection.ts, which records its checks through this file). */
type Connection = Database.Database

/**
 * What the library file is on disk: any write to it, a copy put in its place or a replacement changes at least one
 * of these (the change time cannot be set back by a program, unlike the modification time).
 */
type FileState = { device: string; inode: string; size: string; modifiedNs: string; changedNs: string }

/** The marker beside the library that says which state of the file last passed SQLite's check. */
export function checkedMarkerPath(libraryPath: string): string {
  return `${libraryPath}.checked`
}

/** How many rows this connection had changed when the check last passed, per connection. */
const changesAtLastCheck = new WeakMap<Connection, number>()

/** The rows this connection has changed since it opened (SQLite counts every insert, update and delete). */
function totalChanges(db: Connection): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number
}

/** Remember that `db`, as it is now, passed SQLite's check (at start, or before a backup). */
export function noteCheckPassed(db: Connection): void {
  changesAtLastCheck.set(db, totalChanges(db))
}

/** True when `db` passed the check and nothing was written through it since. */
export function unchangedSinceCheck(db: Connection): boolean {
  return changesAtLastCheck.get(db) === totalChanges(db)
}

function fileState(file: string): FileState | null {
  try {
    const stat = fs.statSync(file, { bigint: true })
    return {
      device: String(stat.dev),
      inode: String(stat.ino),
      size: String(stat.size),
      modifiedNs: String(stat.mtimeNs),
      changedNs: String(stat.ctimeNs),
    }
  } catch {
    return null
  }
}

/**
 * After a clean close whose last check saw what the file now holds: record the file's state, so that the next start
 * can skip the check on a file nothing has touched since. Called after the connection is closed.
 */
export function recordCheckedFile(libraryPath: string): void {
  const state = fileState(libraryPath)
  if (!state) return
  try {
    fs.writeFileSync(checkedMarkerPath(libraryPath), JSON.stringify(state))
  } catch {
    // Without the marker the next start checks the file again: slower, never less safe.
  }
}

/**
 * True when the library is exactly the file that passed the check at the last clean close: same file, same size,
 * same times, and no write-ahead log holding more. Anything else (garbage written into it, another copy put in its
 * place, an unreadable marker) is checked again.
 */
export function fileUnchangedSinceCheck(libraryPath: string): boolean {
  let recorded: unknown
  try {
    recorded = JSON.parse(fs.readFileSync(checkedMarkerPath(libraryPath), 'utf8'))
  } catch {
    return false
  }
  const state = fileState(libraryPath)
  const log = fileState(`${libraryPath}-wal`)
  if (!state || (log && log.size !== '0')) return false
  const keys = Object.keys(state) as (keyof FileState)[]
  return keys.every((key) => (recorded as Partial<FileState> | null)?.[key] === state[key])
}
