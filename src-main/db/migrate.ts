import type { Database } from 'better-sqlite3'
import { migrations as allMigrations } from './migrations'
import type { Migration } from './migrations/migration'
import { refuseNewerSchema } from './schemaVersion'

/** The schema version this build of the app writes. */
export function latestSchemaVersion(migrations: readonly Migration[] = allMigrations): number {
  return migrations.at(-1)?.version ?? 0
}

/**
 * Bring the schema up to date. Each step runs in its own transaction with its `user_version` bump.
 * @returns the versions applied, oldest first (empty when already current).
 */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations): number[] {
  refuseNewerSchema(db, latestSchemaVersion(migrations))
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
