import type { Database } from 'better-sqlite3'
import { AppError } from '../common/api/appError'
import { migrations as allMigrations } from './migrations'
import type { Migration } from './migrations/migration'

/** The schema version this build of the app writes. */
export function latestSchemaVersion(migrations: readonly Migration[] = allMigrations): number {
  return migrations.at(-1)?.version ?? 0
}

/**
 * Refuse a database written by a newer version of the app before anything writes to it: its schema may mean
 * things this version does not know, and "upgrading" it backwards would damage it.
 */
export function assertSchemaNotNewer(db: Database, migrations: readonly Migration[] = allMigrations): void {
  const current = db.pragma('user_version', { simple: true }) as number
  const latest = latestSchemaVersion(migrations)
  if (current > latest) {
    throw new AppError(
      'db.tooNew',
      `This library was written by a newer version of Marginalia (schema ${current}; this version knows up to ${latest}). ` +
        'Update Marginalia to open it. The file was not changed.',
      { found: current, supported: latest },
    )
  }
}

/**
 * Bring the schema up to date. Each step runs in its own transaction with its `user_version` bump.
 * @returns the versions applied, oldest first (empty when already current).
 */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations): number[] {
  assertSchemaNotNewer(db, migrations)
  const current = db.pragma('user_version', { simple: true }) as number
  const applied: number[] = []
  for (const migration of migrations) {
    if (migration.version <= current) continue
    db.transaction(() => {
      if (typeof migration.up === 'function') migration.up(db)
      else for (const statement of migration.up) db.exec(statement)
      db.pragma(`user_version = ${migration.version}`)
    }).immediate()
    applied.push(migration.version)
  }
  return applied
}
