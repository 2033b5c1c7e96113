import type { Database } from 'better-sqlite3'
import { AppError } from '../common/api/appError'

/**
 * Refuse a database written by a newer version of the app before anything writes to it: its schema may mean
 * things this version does not know, and "upgrading" it backwards would damage it.
 * @param supported the newest schema version this build knows (the last migration's number)
 */
export function refuseNewerSchema(db: Database, supported: number): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > supported) {
    throw new AppError(
      'db.tooNew',
      `This library was written by a newer version of Marginalia (schema ${current}; this version knows up to ${supported}). ` +
        'Update Marginalia to open it. The file was not changed.',
      { found: current, supported },
    )
  }
}
