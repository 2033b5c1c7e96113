import type { Connection } from '../connection'

/** Key–value preferences, each value stored as JSON text. */
export class SettingsRepository {
  constructor(private readonly db: Connection) {}

  /** Every stored key with its parsed value. */
  readAll(): Record<string, unknown> {
    const rows = this.db.prepare(`SELECT key, value FROM settings`).all() as { key: string; value: string }[]
    return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]))
  }

  /** Store several keys (the caller holds them in one transaction). */
  writeMany(values: Record<string, unknown>): void {
    const upsert = this.db.prepare(
      `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    )
    for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value))
  }
}
