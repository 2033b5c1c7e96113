import Database from 'better-sqlite3'
import { AppError } from '../common/api/appError'
import { registerSearchFunctions } from '../search/sqlFunctions'
import { noteCheckPassed } from './checkedFile'
import { refuseNewerSchema } from './schemaVersion'

export type Connection = Database.Database

/** Marks the file as ours ('MRGN'), so that we never migrate somebody else's SQLite file. */
export const marginaliaApplicationId = 0x4d52474e

export type ConnectOptions = {
  /** The newest schema version this build knows; a file at a higher one is refused before anything is written. */
  supportedSchemaVersion: number
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI); default: the one npm built. */
  nativeBinding?: string
}

/**
 * Open the library file with the settings our durability promises rest on:
 * WAL so readers never block the writer; synchronous=FULL because NORMAL can lose the last saves on power loss
 * (about 0.2 ms a commit here, which no user notices); secure_delete so a deleted draft or comment does not
 * linger in free pages; foreign keys on; a busy timeout instead of instant SQLITE_BUSY.
 * Reads the header first and refuses files that are not ours or are from a newer version, before writing anything.
 */
export function connect(path: string, options: ConnectOptions): Connection {
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number
    if (applicationId !== 0 && applicationId !== marginaliaApplicationId) throw notOurs(path)
    if (applicationId === 0) {
      const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get() as { n: number }
      if (tables.n > 0) throw notOurs(path)
    }
    refuseNewerSchema(db, options.supportedSchemaVersion)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    db.pragma('secure_delete = ON')
    registerSearchFunctions(db)
    if (applicationId === 0) db.pragma(`application_id = ${marginaliaApplicationId}`)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

function notOurs(path: string): AppError {
  return new AppError(
    'db.notOurs',
    `The file ${path} is a database of another program, not a Marginalia library. It was not changed.`,
    { path },
  )
}

/** True when SQLite says the file is damaged or not a database at all. */
export function isDamagedDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return (
    code === 'SQLITE_NOTADB' ||
    code === 'SQLITE_CORRUPT' ||
    (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'))
  )
}

/** Run SQLite's full integrity check; true only when it answers 'ok'. */
export function passesIntegrityCheck(db: Connection): boolean {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[]
  const passed = rows.length === 1 && rows[0]?.integrity_check === 'ok'
  if (passed) noteCheckPassed(db)
  return passed
}

/** SQLite's quick check (pages and structure, not index contents): cheap enough for every start. */
export function passesQuickCheck(db: Connection): boolean {
  // The check reads every page once: mapped, SQLite reads them in place instead of copying each into its cache
  // (about 40 % less time on a large library). Only for the check; the app's own reads and writes stay unmapped.
  db.pragma(`mmap_size = ${checkMappingBytes}`)
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[]
    const passed = rows.length === 1 && rows[0]?.quick_check === 'ok'
    if (passed) noteCheckPassed(db)
    return passed
  } catch (error) {
    if (isDamagedDatabaseError(error)) return false
    throw error
  } finally {
    db.pragma('mmap_size = 0')
  }
}

/** How much of the file the quick check maps (a library larger than this is checked partly through the cache). */
const checkMappingBytes = 1 << 30
