import type { Migration } from './migration'

/**
 * Sync checkpoints. `team_sync_checkpoints` keeps, per server and database, the server's sequence up to which every
 * change has been pulled and merged (CouchDB's opaque `last_seq`, as JSON), so the next sync asks only for what
 * changed since. What the server still lacks is already kept per leaf (`team_leaves.pushed`). The index by record
 * answers "which revisions are here" for a record wherever it is stored (the primary key starts with the document).
 */
export const teamCheckpointsMigration: Migration = {
  version: 13,
  name: 'team-checkpoints',
  up: [
    `CREATE TABLE team_sync_checkpoints (
      server TEXT PRIMARY KEY,
      pull_seq TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX team_leaves_by_record ON team_leaves (record_id)`,
  ],
}
