import fs from 'node:fs'
import path from 'node:path'
import type { AppNotice } from '../common/api/appApi'
import { AppError } from '../common/api/appError'
import { BackupRotation } from './backups'
import { connect, isDamagedDatabaseError, passesIntegrityCheck, passesQuickCheck, type Connection } from './connection'
import { latestSchemaVersion, migrate } from './migrate'

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
  /** Close cleanly: checkpoint the WAL and remove the "open" marker, so the next start skips the integrity check. */
  close(): void
}

/**
 * Open the library, recovering from damage without ever losing a file:
 * - a marker file beside the database says it is open; finding one at start means the last run did not close
 *   cleanly, and a full integrity check runs;
 * - a file SQLite cannot read, or one that fails the check, is moved aside (renamed, with its -wal and -shm) and
 *   the newest backup that passes the check is copied into its place; the user is told both paths;
 * - a file from a newer version, or another program's SQLite file, is refused untouched.
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

  let db: Connection
  try {
    // A library that is now empty (0 bytes) while backups of it exist was emptied by damage, not created new.
    if (fs.existsSync(file) && fs.statSync(file).size === 0 && backups.list().length > 0) {
      throw Object.assign(new Error('the library file is empty'), { code: 'SQLITE_NOTADB' })
    }
    db = connect(file, { nativeBinding: options.nativeBinding, supportedSchemaVersion: latestSchemaVersion() })
    // The quick check at every start (damage after a clean exit); the full one after an unclean exit.
    if (!(uncleanShutdown ? passesIntegrityCheck(db) : passesQuickCheck(db))) {
      db.close()
      throw Object.assign(new Error('integrity check failed'), { code: 'SQLITE_CORRUPT' })
    }
  } catch (error) {
    if (!isDamagedDatabaseError(error)) throw error
    const setAside = moveAside(file)
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
  fs.writeFileSync(marker, String(process.pid))

  return {
    db,
    path: file,
    backups,
    notices,
    close() {
      if (!db.open) return
      db.pragma('wal_checkpoint(TRUNCATE)')
      db.close()
      fs.rmSync(marker, { force: true })
    },
  }
}

/** Rename a damaged file (and its WAL and shared-memory files) out of the way; returns its new path. */
function moveAside(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const target = `${file}.damaged-${stamp}`
  for (const extra of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + extra)) fs.renameSync(file + extra, target + extra)
  }
  if (!fs.existsSync(target)) {
    throw new AppError('db.cannotSetAside', `The damaged library ${file} could not be moved aside.`, { path: file })
  }
  return target
}
