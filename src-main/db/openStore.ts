import fs from 'node:fs'
import path from 'node:path'
import type { AppNotice } from '../common/api/appApi'
import { AppError } from '../common/api/appError'
import { BackupRotation } from './backups'
import { fileUnchangedSinceCheck, noteCheckPassed, recordCheckedFile, unchangedSinceCheck } from './checkedFile'
import { connect, isDamagedDatabaseError, passesIntegrityCheck, passesQuickCheck, type Connection } from './connection'
import { latestSchemaVersion, migrate } from './migrate'
import { replaySetAside } from './setAsideReplay'
import { missingWrites, readWriteCount, readWriteCountMarker, writeCountMarkerPath, WriteLedger } from './writeLedger'

export type StoreOptions = {
  /** The library file. Its folder is created when missing. */
  path: string
  /** Where rotating backups go; default: a `backups` folder beside the library. */
  backupDirectory?: string
  backupsToKeep?: number
  nativeBinding?: string
}

/** An open, migrated library, with what happened while opening it. */
export type Store = {
  db: Connection
  path: string
  backups: BackupRotation
  /** Things the user must be told (a restore from backup, for instance). */
  notices: AppNotice[]
  /** Counts saves; each transport acknowledges after a call so the count outside the WAL stays current. */
  writes: WriteLedger
  /** Close cleanly: checkpoint the WAL and remove the "open" marker, so the next start skips the integrity check. */
  close(): void
}

/**
 * Open the library, recovering from damage without ever losing a file:
 * - a marker file beside the database says it is open; finding one at start means the last run did not close
 *   cleanly, and a full integrity check runs; after a clean close the quick check runs, unless the file is exactly
 *   the one whose check passed before that close (see checkedFile.ts);
 * - a file SQLite cannot read is moved aside (renamed, with its -wal and -shm), one that fails the check is copied
 *   aside as found (before closing it could checkpoint its WAL into it), and the newest backup that passes the check
 *   is copied into its place; the user is told both paths;
 * - a file from a newer version, or another program's SQLite file, is refused untouched;
 * - saves the app acknowledged but the file no longer holds (a WAL truncated or deleted) are noticed by the count
 *   kept outside the WAL: the user is told how many, and a copy of the files as found is kept; after a restore from
 *   backup, what the set-aside file and its WAL still hold is replayed into the restored library first.
 */
export function openStore(options: StoreOptions): Store {
  const file = path.resolve(options.path)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const backups = new BackupRotation(
    options.backupDirectory ?? path.join(path.dirname(file), 'backups'),
    options.backupsToKeep,
    options.nativeBinding,
  )
  const marker = `${file}.open`
  const notices: AppNotice[] = []
  const uncleanShutdown = fs.existsSync(marker)
  // A library file that is not there at all is a new library (as before the count existed), not a loss to report.
  const acknowledged = fs.existsSync(file) ? readWriteCountMarker(writeCountMarkerPath(file)) : null
  let setAside: string | null = null
  let lost = 0

  let db: Connection
  try {
    // A library that is now empty (0 bytes) while backups of it exist was emptied by damage, not created new.
    if (fs.existsSync(file) && fs.statSync(file).size === 0 && backups.list().length > 0) {
      throw Object.assign(new Error('the library file is empty'), { code: 'SQLITE_NOTADB' })
    }
    // Read before connecting: opening the file makes its write-ahead log.
    const unchanged = !uncleanShutdown && fileUnchangedSinceCheck(file)
    db = connect(file, { nativeBinding: options.nativeBinding, supportedSchemaVersion: latestSchemaVersion() })
    // The full check after an unclean exit. After a clean one, the quick check (damage since), skipped only when the
    // file is exactly the one that passed it before that exit: nothing has written to it since.
    if (unchanged) noteCheckPassed(db)
    else if (!(uncleanShutdown ? passesIntegrityCheck(db) : passesQuickCheck(db))) {
      // Copied before closing: the last connection's close would checkpoint the WAL into the damaged file.
      const copied = copyAside(file)
      db.close()
      throw Object.assign(new Error('integrity check failed'), { code: 'SQLITE_CORRUPT', setAside: copied })
    }
    // Acknowledged saves missing from a readable file: keep the files as found (the WAL's tail may hold traces).
    lost = missingWrites(readWriteCount(db), acknowledged)
    if (lost > 0) setAside = copyAside(file)
  } catch (error) {
    if (!isDamagedDatabaseError(error)) throw error
    setAside = (error as { setAside?: string }).setAside ?? moveAside(file)
    // The copy holds the files' bytes as found; what is left here was rewritten by SQLite's checkpoint on close.
    for (const extra of ['', '-wal', '-shm']) fs.rmSync(file + extra, { force: true })
    const backup = backups.newestGood(options.nativeBinding)
    if (backup) {
      fs.copyFileSync(backup.path, file)
      notices.push({
        code: 'db.restoredFromBackup',
        params: { damagedPath: setAside, backupDate: backup.createdAt.toISOString() },
      })
    } else {
      notices.push({ code: 'db.damagedNoBackup', params: { damagedPath: setAside } })
    }
    db = connect(file, { nativeBinding: options.nativeBinding, supportedSchemaVersion: latestSchemaVersion() })
  }

  migrate(db)
  if (setAside && notices.length > 0) {
    const replay = replaySetAside(db, setAside, {
      nativeBinding: options.nativeBinding,
      intoNewLibrary: notices.some((notice) => notice.code === 'db.damagedNoBackup'),
    })
    if (replay && replay.recovered > 0) {
      notices.push({ code: 'db.replayedFromSetAside', params: { recovered: replay.recovered, damagedPath: setAside } })
    }
    // A new library that replayed nothing has a count of its own: everything acknowledged is missing.
    const counted = readWriteCount(db)
    lost =
      counted?.libraryId === acknowledged?.libraryId ? missingWrites(counted, acknowledged) : (acknowledged?.count ?? 0)
  }
  if (lost > 0) notices.push({ code: 'db.writesLost', params: { lost, damagedPath: setAside ?? copyAside(file) } })
  const writes = new WriteLedger(db, writeCountMarkerPath(file))
  writes.install()
  fs.writeFileSync(marker, String(process.pid))

  return {
    db,
    path: file,
    backups,
    notices,
    writes,
    close() {
      if (!db.open) return
      writes.acknowledge()
      db.pragma('wal_checkpoint(TRUNCATE)')
      // The last check (the exit backup's, usually) saw everything the file now holds: the next start may skip it.
      const checked = unchangedSinceCheck(db)
      db.close()
      if (checked) recordCheckedFile(file)
      fs.rmSync(marker, { force: true })
    },
  }
}

/** Where a damaged library is kept, named by the time it was found. */
function setAsidePath(file: string): string {
  return `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`
}

/** Copy a library that opened but misses saves (and its WAL as found) beside it; returns the copy's path. */
function copyAside(file: string): string {
  const target = setAsidePath(file)
  for (const extra of ['', '-wal']) {
    if (fs.existsSync(file + extra)) fs.copyFileSync(file + extra, target + extra)
  }
  return target
}

/** Rename a damaged file (and its WAL and shared-memory files) out of the way; returns its new path. */
function moveAside(file: string): string {
  const target = setAsidePath(file)
  for (const extra of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + extra)) fs.renameSync(file + extra, target + extra)
  }
  if (!fs.existsSync(target)) {
    throw new AppError('db.cannotSetAside', `The damaged library ${file} could not be moved aside.`, { path: file })
  }
  return target
}
