import type { Migration } from './migration'

/**
 * Team work. A document is shared or not (`documents.shared`, off by default); an annotation can be private, and then
 * never leaves the machine. `author_id` is the stable id of whoever wrote an annotation or comment (null: this
 * library's own user, whose id is the `authorId` setting).
 *
 * `team_leaves` keeps the CouchDB-style revision tree of every shared record (one row per leaf revision, with the
 * revision ids of its branch back to the root), so that a replica can be rebuilt from SQLite alone and a merge and the
 * rows it changes are written in one transaction; `winner` marks PouchDB's winning leaf (the one the library shows); `pushed` is
 * cleared when a record changes and set once the team's server has it ("N changes waiting"). A deleted record's leaf keeps no body: its text is purged.
 * `record_id` is the replica's `_id` (`a:`, `c:`, `t:`, `d:` for annotation, comment, tag assignment and draft).
 */
export const teamMigration: Migration = {
  version: 6,
  name: 'team',
  up: [
    `ALTER TABLE documents ADD COLUMN shared INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE annotations ADD COLUMN private INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE annotations ADD COLUMN author_id TEXT`,
    `ALTER TABLE comments ADD COLUMN author_id TEXT`,
    `CREATE TABLE team_leaves (
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      record_id TEXT NOT NULL,
      rev TEXT NOT NULL,
      deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
      history TEXT NOT NULL,
      body TEXT,
      winner INTEGER NOT NULL CHECK (winner IN (0, 1)),
      pushed INTEGER NOT NULL DEFAULT 0 CHECK (pushed IN (0, 1)),
      PRIMARY KEY (document_id, record_id, rev),
      CHECK (deleted = 0 OR body IS NULL OR length(body) < 400)
    ) STRICT`,
  ],
}
