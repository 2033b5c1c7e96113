import type { Database } from 'better-sqlite3'

/**
 * One schema step. Steps are numbered from 1 without gaps; each runs in its own transaction together with the
 * `user_version` bump, so a crash leaves the database at the previous version, never half-way.
 */
export type Migration = {
  version: number
  name: string
  /** SQL statements run in order, or a function for steps that need to move data. */
  up: string[] | ((db: Database) => void)
}
