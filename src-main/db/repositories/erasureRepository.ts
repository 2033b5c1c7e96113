import type { Connection } from '../connection'

/**
 * Making deleted text unreadable in the file. `PRAGMA secure_delete` zeroes rows as they are deleted, but the
 * search index is a contentless FTS5 table: its deletes are tombstones, and FTS5's own `secure-delete` option does
 * not apply to contentless tables (checked on SQLite 3.51). Merging the index into one segment drops the deleted
 * tokens, and the pages it frees are zeroed; a truncating checkpoint then empties the `-wal`, which would otherwise
 * keep the old pages until it is reused.
 */
export class ErasureRepository {
  constructor(private readonly db: Connection) {}

  /** Drop deleted text from the search index and the WAL. Costs a rewrite of the index (about a second per 25 MB). */
  eraseLeftovers(): void {
    this.db.prepare(`INSERT INTO search_index (search_index) VALUES ('optimize')`).run()
    this.db.pragma('wal_checkpoint(TRUNCATE)')
  }
}
