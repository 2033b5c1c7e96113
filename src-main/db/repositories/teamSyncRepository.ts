import type { Statement } from 'better-sqlite3'
import type { Connection } from '../connection'
import type { LeafRow } from './teamRows'

/** A leaf by its record and revision. */
type LeafKey = { record_id: string; rev: string }

/** How many record ids one statement takes (as a JSON array, so the statement is prepared once). */
const idBatch = 500

/**
 * What a sync keeps between runs: how far the server's changes have been pulled, which leaves the server still
 * lacks, and which revisions this library holds (so the replicator asks the server only for the others).
 */
export class TeamSyncRepository {
  private readonly statements = new Map<string, Statement>()

  constructor(private readonly db: Connection) {}

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql)
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)))
    return statement
  }

  /** The server's sequence up to which its changes are merged here (as the server wrote it), or null. */
  pullCheckpoint(server: string): string | number | null {
    const row = this.prepare(`SELECT pull_seq FROM team_sync_checkpoints WHERE server = ?`).get(server) as
      { pull_seq: string } | undefined
    return row ? (JSON.parse(row.pull_seq) as string | number) : null
  }

  /** Remember that the server's changes up to `seq` are merged here. */
  savePullCheckpoint(server: string, seq: string | number): void {
    this.prepare(
      `INSERT INTO team_sync_checkpoints (server, pull_seq, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (server) DO UPDATE SET pull_seq = excluded.pull_seq, updated_at = excluded.updated_at`,
    ).run(server, JSON.stringify(seq), new Date().toISOString())
  }

  /** Pull this server's changes from its start next time. */
  forgetPullCheckpoint(server: string): void {
    this.prepare(`DELETE FROM team_sync_checkpoints WHERE server = ?`).run(server)
  }

  /** The branch histories of every stored leaf of these records, in any document. */
  histories(recordIds: readonly string[]): { record_id: string; history: string }[] {
    const select = this.prepare(
      `SELECT record_id, history FROM team_leaves WHERE record_id IN (SELECT value FROM json_each(?))`,
    )
    const rows: { record_id: string; history: string }[] = []
    for (let index = 0; index < recordIds.length; index += idBatch) {
      rows.push(...(select.all(JSON.stringify(recordIds.slice(index, index + idBatch))) as typeof rows))
    }
    return rows
  }

  /** Every leaf of the shared documents' records the server does not have yet (all leaves of such a record). */
  waitingLeaves(): LeafRow[] {
    return this.prepare(
      `SELECT l.record_id, l.rev, l.deleted, l.history, l.body, l.winner FROM team_leaves l
         JOIN (SELECT DISTINCT w.document_id, w.record_id FROM team_leaves w
                 JOIN documents d ON d.id = w.document_id AND d.shared = 1 AND d.deleted_at IS NULL
                 WHERE w.pushed = 0) waiting
           ON waiting.document_id = l.document_id AND waiting.record_id = l.record_id`,
    ).all() as LeafRow[]
  }

  /** The server now has these leaves (one statement, so all of them or none). */
  markPushed(leaves: readonly LeafKey[]): void {
    if (leaves.length === 0) return
    this.prepare(
      `UPDATE team_leaves SET pushed = 1 WHERE pushed = 0 AND (record_id, rev) IN
         (SELECT value ->> '$[0]', value ->> '$[1]' FROM json_each(?))`,
    ).run(JSON.stringify(leaves.map((leaf) => [leaf.record_id, leaf.rev])))
  }

  /** A server that may have none of this library's records (another server or database): everything waits. */
  markAllWaiting(): void {
    this.prepare(`UPDATE team_leaves SET pushed = 0 WHERE pushed = 1`).run()
  }
}
