import fs from 'node:fs'
import Database from 'better-sqlite3'
import type { Connection } from './connection'
import { recreateSearchSchema } from './searchSchema'
import { dataTables, isPlainName } from './dataTables'
import { readWriteCount } from './writeLedger'

/** What a replay brought back. */
type ReplayResult = {
  /** Saves the restored library gained (the set-aside file's count minus the backup's). */
  recovered: number
  /** Tables that could be read only in part (rows past the damage are not there to copy). */
  partTables: string[]
}

/**
 * After a damaged library was set aside and a backup restored in its place (or a new library started), bring back what the set-aside file and
 * its WAL still hold that the backup does not. The set-aside files are never changed: a scratch copy of them is
 * opened (so SQLite can read the WAL into it). A table read to its end replaces the backup's rows (edits and
 * deletions made after the backup come back too: a deleted comment stays deleted); a table that breaks off half-way
 * only adds or updates the rows read before the break. Nothing happens when the set-aside file holds no newer saves.
 */
export function replaySetAside(
  db: Connection,
  setAsidePath: string,
  options: { nativeBinding?: string; intoNewLibrary?: boolean } = {},
): ReplayResult | null {
  const { nativeBinding } = options
  const scratch = `${setAsidePath}.reading`
  try {
    fs.copyFileSync(setAsidePath, scratch)
    if (fs.existsSync(`${setAsidePath}-wal`)) fs.copyFileSync(`${setAsidePath}-wal`, `${scratch}-wal`)
    const source = new Database(scratch, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
    try {
      return replayFrom(db, source, options.intoNewLibrary ?? false)
    } finally {
      source.close()
    }
  } catch {
    // The set-aside file cannot be opened at all: the backup is all there is.
    return null
  } finally {
    for (const extra of ['', '-wal', '-shm']) fs.rmSync(scratch + extra, { force: true })
  }
}

/**
 * `intoNewLibrary`: no backup could be restored, so the library is a new empty one; it takes the set-aside file's
 * identity and count, since it now carries on that library.
 */
function replayFrom(db: Connection, source: Database.Database, intoNewLibrary: boolean): ReplayResult | null {
  const before = readWriteCount(db)
  const theirs = readWriteCount(source)
  // A count of 0 was just made by migration 8 on a backup older than it: that backup is of the same library.
  const sameLibrary = intoNewLibrary || before?.count === 0 || theirs?.libraryId === before?.libraryId
  if (before && theirs && (!sameLibrary || theirs.count <= before.count)) return null
  const partTables: string[] = []
  // Rows go in whatever order tables are listed; foreign keys are checked once at the end.
  db.pragma('foreign_keys = OFF')
  try {
    db.transaction(() => {
      for (const table of dataTables(db).filter((name) => !name.startsWith('search_'))) {
        if (!copyTable(db, source, table)) partTables.push(table)
      }
      if (theirs) {
        db.prepare(`UPDATE write_count SET library_id = ?, count = ? WHERE id = 1`).run(theirs.libraryId, theirs.count)
      }
      dropRowsWithoutParents(db)
      recreateSearchSchema(db)
    }).immediate()
  } finally {
    db.pragma('foreign_keys = ON')
  }
  const after = readWriteCount(db)
  return { recovered: Math.max(0, (after?.count ?? 0) - (intoNewLibrary ? 0 : (before?.count ?? 0))), partTables }
}

/** Copy one table's rows from the set-aside file; true when the whole table could be read. */
function copyTable(db: Connection, source: Database.Database, table: string): boolean {
  const ours = columnsOf(db, table)
  const theirs = new Set(columnsOf(source, table))
  const columns = ours.filter((column) => theirs.has(column) && isPlainName(column))
  if (columns.length === 0) return false
  const list = columns.join(', ')
  const rows: unknown[][] = []
  let complete = true
  try {
    for (const row of source.prepare(`SELECT ${list} FROM ${table}`).raw().iterate()) rows.push(row as unknown[])
  } catch {
    complete = false
  }
  if (complete) db.exec(`DELETE FROM ${table}`)
  const updates = columns.map((column) => `${column} = excluded.${column}`).join(', ')
  const insert = db.prepare(
    `INSERT INTO ${table} (${list}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT DO UPDATE SET ${updates}`,
  )
  for (const row of rows) insert.run(...row)
  return complete
}

function columnsOf(db: Connection | Database.Database, table: string): string[] {
  try {
    return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((row) => row.name)
  } catch {
    return []
  }
}

/** A row whose parent was past the damage cannot stay: the library must keep its foreign keys. */
function dropRowsWithoutParents(db: Connection): void {
  for (let pass = 0; pass < 10; pass++) {
    const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number | null }[]
    if (orphans.length === 0) return
    for (const orphan of orphans) {
      if (orphan.rowid !== null && isPlainName(orphan.table))
        db.prepare(`DELETE FROM ${orphan.table} WHERE rowid = ?`).run(orphan.rowid)
    }
  }
}
