import type { Connection } from '../db/connection'

/**
 * Runs `work` in one database transaction: all of it is stored, or none of it. Services own transactions (a user
 * action is one unit of work across repositories); repositories never open one themselves. `immediate` takes the
 * write lock at the start, for work that reads and rewrites a lot (a search index rebuild).
 */
export type Transaction = <T>(work: () => T, options?: { immediate?: boolean }) => T

/** Transactions on the library connection `db`. */
export function transactionOn(db: Connection): Transaction {
  return (work, options) => (options?.immediate ? db.transaction(work).immediate() : db.transaction(work)())
}
