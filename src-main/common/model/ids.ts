/**
 * Every stored entity has a random UUID, so that annotation sets from different people can be merged later
 * without clashing. `crypto.randomUUID` exists in Node and in every browser context we run in.
 */
export function newId(): string {
  return globalThis.crypto.randomUUID()
}

/** Timestamps are ISO 8601 strings in UTC: sortable as text in SQLite and readable in exports. */
export function nowIso(): string {
  return new Date().toISOString()
}
