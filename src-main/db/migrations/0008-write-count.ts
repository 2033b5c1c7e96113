import type { Migration } from './migration'

/**
 * A count of saves kept inside the library, bumped in the same transaction as the data it counts (by temporary
 * triggers each connection of the app installs; see db/writeLedger.ts). A copy of the count lives outside the WAL
 * in a small file beside the library, so a start can tell when saves the app acknowledged are missing from it.
 * `library_id` tells this library from another one put in its place.
 */
export const writeCountMigration: Migration = {
  version: 8,
  name: 'write-count',
  up: [
    `CREATE TABLE write_count (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      library_id TEXT NOT NULL,
      count INTEGER NOT NULL
    )`,
    `INSERT INTO write_count (id, library_id, count) VALUES (1, lower(hex(randomblob(16))), 0)`,
  ],
}
