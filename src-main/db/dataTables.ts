import type { Connection } from './connection'

/** A table or column name that needs no quoting in SQL (every name our migrations make). */
export function isPlainName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)
}

/** Tables whose rows are the user's data: not SQLite's own, not virtual tables or their shadow tables, not the count. */
export function dataTables(db: Connection): string[] {
  const rows = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table'`).all() as {
    name: string
    sql: string | null
  }[]
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql ?? '')).map((row) => row.name)
  return rows
    .map((row) => row.name)
    .filter(
      (name) =>
        isPlainName(name) &&
        !name.startsWith('sqlite_') &&
        name !== 'write_count' &&
        !virtual.some((table) => name === table || name.startsWith(`${table}_`)),
    )
}
