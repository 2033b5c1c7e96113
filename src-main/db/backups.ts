import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../common/api/appError'
import { backupsToDelete } from './backupRetention'
import { passesQuickCheck, type Connection } from './connection'

/** One backup file on disk. */
export type BackupFile = { path: string; createdAt: Date }

const prefix = 'marginalia-'
const suffix = '.sqlite3'

/**
 * Rotating backups made with SQLite's online backup API (a consistent copy of a live WAL database; copying the
 * file itself could catch it half-written). Keeps the newest `keep` files.
 */
export class BackupRotation {
  constructor(
    readonly directory: string,
    readonly keep = 10,
    private readonly nativeBinding?: string,
  ) {}

  /** Backups on disk, newest first. */
  list(): BackupFile[] {
    if (!fs.existsSync(this.directory) || !fs.statSync(this.directory).isDirectory()) return []
    return fs
      .readdirSync(this.directory)
      .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
      .map((name) => ({ path: path.join(this.directory, name), createdAt: parseStamp(name) }))
      .filter((file): file is BackupFile => file.createdAt !== null)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
  }

  /**
   * Write a new backup of `db`, under a temporary name, then renamed, then rotate. A database that fails SQLite's
   * quick check is never backed up (its damage would rotate good backups away), and a written backup that fails the
   * full check is deleted and reported, never rotated in.
   */
  async create(db: Connection, now = new Date()): Promise<BackupFile> {
    if (!passesQuickCheck(db)) {
      throw new AppError('backup.libraryDamaged', 'The library fails its integrity check, so it was not backed up.', {
        directory: this.directory,
      })
    }
    const target = path.join(this.directory, `${prefix}${formatStamp(now)}${suffix}`)
    const partial = `${target}.partial`
    try {
      fs.mkdirSync(this.directory, { recursive: true })
      await db.backup(partial)
    } catch (error) {
      removeQuietly(partial)
      throw new AppError('backup.cannotWrite', `A backup could not be written to ${this.directory}: ${String(error)}`, {
        directory: this.directory,
      })
    }
    const healthy = isHealthyFile(partial, this.nativeBinding)
    // Checking opened the copy, which may leave its own -wal and -shm beside it.
    for (const extra of ['-wal', '-shm']) removeQuietly(partial + extra)
    if (!healthy) {
      removeQuietly(partial)
      throw new AppError(
        'backup.verifyFailed',
        `The backup written to ${partial} failed its integrity check and was deleted.`,
        { directory: this.directory },
      )
    }
    fs.renameSync(partial, target)
    this.prune(now)
    return { path: target, createdAt: now }
  }

  /**
   * Replace every backup by one new backup of `db` as it is now, for a user who deleted something and wants it gone
   * from the backups too. The old ones are removed only after the new one is written and passes the integrity check.
   * @returns how many older backups were removed.
   */
  async replaceAll(db: Connection, now = new Date(), nativeBinding?: string): Promise<number> {
    const fresh = await this.create(db, now)
    if (!isHealthyFile(fresh.path, nativeBinding)) {
      fs.rmSync(fresh.path, { force: true })
      throw new Error(`The new backup ${fresh.path} failed the integrity check; the old backups were kept.`)
    }
    const older = this.list().filter((backup) => backup.path !== fresh.path)
    for (const backup of older) fs.rmSync(backup.path, { force: true })
    return older.length
  }

  /** The newest backup that SQLite's integrity check accepts, or null. */
  newestGood(nativeBinding?: string): BackupFile | null {
    for (const backup of this.list()) {
      if (isHealthyFile(backup.path, nativeBinding)) return backup
    }
    return null
  }

  private prune(now: Date): void {
    const retained = this.list().map((backup) => ({
      ...backup,
      holdsData: () => holdsDocuments(backup.path, this.nativeBinding),
    }))
    for (const old of backupsToDelete(retained, this.keep, now)) fs.rmSync(old, { force: true })
  }
}

/** True when the backup holds at least one document (a backup of an emptied library does not). */
function holdsDocuments(file: string, nativeBinding?: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
    try {
      return (db.prepare(`SELECT count(*) AS n FROM documents`).get() as { n: number }).n > 0
    } finally {
      db.close()
    }
  } catch {
    return false
  }
}

function isHealthyFile(file: string, nativeBinding?: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
    try {
      const rows = db.pragma('integrity_check') as { integrity_check: string }[]
      return rows.length === 1 && rows[0]?.integrity_check === 'ok'
    } finally {
      db.close()
    }
  } catch {
    return false
  }
}

/** Remove a file that may not exist, or whose folder may not be one (a backup that could not be written). */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true })
  } catch {
    // Nothing was written there.
  }
}

function formatStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

function parseStamp(name: string): Date | null {
  const stamp = name.slice(prefix.length, -suffix.length)
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp)
  if (!match) return null
  const date = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`)
  return Number.isNaN(date.getTime()) ? null : date
}
