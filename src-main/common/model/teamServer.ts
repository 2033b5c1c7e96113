/** Where the team's CouchDB is: the address, one database per team, and the user (the password is kept apart). */
export type TeamServerSettings = { address: string; database: string; user: string }

/** What the window says about sync. */
export type TeamSyncStatus =
  | { state: 'off' }
  | { state: 'synced'; at: string; waiting: number }
  | { state: 'offline'; waiting: number; since: string | null }
  | { state: 'failed'; code: string; waiting: number }
