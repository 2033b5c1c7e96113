import { afterEach, describe, expect, it } from 'vitest'
import { BatchInsert } from '../../src-main/db/batchInsert'
import { createTempDatabase } from '../support/tempDatabase'

describe('writing many rows as multi-row statements', () => {
  let db: ReturnType<typeof createTempDatabase> | null = null
  afterEach(() => db?.remove())

  it('writes every row once, across whole statements and the part left over, and upserts repeated keys', () => {
    db = createTempDatabase()
    db.db.exec(`CREATE TABLE pairs (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT`)
    const insert = new BatchInsert(
      db.db,
      2,
      (values) =>
        `INSERT INTO pairs (key, value) VALUES ${values} ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    )
    const rows = Array.from({ length: 130 }, (_, index) => [`k${index}`, index])
    insert.run(rows)
    insert.run([
      ['k5', 500],
      ['k129', 1290],
      ['new', 1],
    ])
    insert.run([])

    const stored = db.db.prepare(`SELECT key, value FROM pairs ORDER BY value`).all() as {
      key: string
      value: number
    }[]
    expect(stored).toHaveLength(131)
    expect(new Set(stored.map((row) => row.key)).size).toBe(131)
    expect(
      db.db.prepare(`SELECT value FROM pairs WHERE key IN ('k5', 'k64', 'k128', 'k129') ORDER BY key`).pluck().all(),
    ).toEqual([128, 1290, 500, 64])
  })
})
