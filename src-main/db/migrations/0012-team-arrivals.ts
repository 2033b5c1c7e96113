import type { Migration } from './migration'

/**
 * What the most recent merge from colleagues (a sync or a `.marginalia` file) brought to each document: the
 * annotations it added or changed, or whose thread or tags it changed, with when it was applied. A merge replaces
 * its document's rows (one that brought nothing leaves none), in the transaction that applies it; the panel's
 * "New since my last sync" filter reads them. Deleting an annotation or a document drops its rows.
 */
export const teamArrivalsMigration: Migration = {
  version: 12,
  name: 'team-arrivals',
  up: [
    `CREATE TABLE team_arrivals (
      annotation_id TEXT PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      arrived_at TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX team_arrivals_by_document ON team_arrivals (document_id)`,
  ],
}
