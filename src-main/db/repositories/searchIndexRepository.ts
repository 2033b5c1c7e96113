import type { Connection } from '../connection'
import { recreateSearchSchema, searchTriggerNames } from '../searchSchema'

/** The state of the search index found at start. */
export type SearchIndexHealth = 'ok' | 'missing' | 'damaged'

/** The search index's own tables: checking and rebuilding them. All SQL about the index's upkeep lives here. */
export class SearchIndexRepository {
  constructor(private readonly db: Connection) {}

  /**
   * A quick check that can run at every start on a large library: every table and trigger is there, the index has
   * one row per entry, and a query runs. (FTS5's full integrity-check reads the whole index; it runs only after a
   * query has already reported damage.)
   */
  health(): SearchIndexHealth {
    const names = new Set(
      (this.db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'search_%'`).all() as { name: string }[]).map(
        (row) => row.name,
      ),
    )
    const required = [
      'search_entries',
      'search_index',
      'search_index_docsize',
      'search_text_queue',
      ...searchTriggerNames,
    ]
    if (required.some((name) => !names.has(name))) return 'missing'
    try {
      const entries = this.db.prepare(`SELECT count(*) AS n FROM search_entries`).get() as { n: number }
      const indexed = this.db.prepare(`SELECT count(*) AS n FROM search_index_docsize`).get() as { n: number }
      if (entries.n !== indexed.n) return 'damaged'
      this.db.prepare(`SELECT rowid FROM search_index WHERE search_index MATCH 'folded : "marginalia"' LIMIT 1`).all()
      return 'ok'
    } catch {
      return 'damaged'
    }
  }

  /** FTS5's full integrity check of the index; false when it finds damage. */
  passesIntegrityCheck(): boolean {
    try {
      this.db.prepare(`INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)`).run()
      return true
    } catch {
      return false
    }
  }

  /**
   * Drop the search tables and triggers and build them again to the current schema (db/searchSchema.ts) from
   * documents, revisions, annotations, comments and tags. The caller holds it in one transaction, so a failure leaves
   * the old index as it was.
   */
  rebuild(): void {
    recreateSearchSchema(this.db)
  }
}
