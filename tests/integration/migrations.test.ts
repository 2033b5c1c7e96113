import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { connect, marginaliaApplicationId } from '../../src-main/db/connection'
import { latestSchemaVersion, migrate } from '../../src-main/db/migrate'
import type { Migration } from '../../src-main/db/migrations/migration'
import { openStore } from '../../src-main/db/openStore'
import { makeTempDirectory } from '../support/tempDirectory'

let temp: ReturnType<typeof makeTempDirectory>
beforeEach(() => {
  temp = makeTempDirectory('marginalia-migrate')
})
afterEach(() => temp.remove())

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

describe('schema migrations', () => {
  it('creates every table on an empty file, marks the file as ours and records the version', () => {
    const store = openStore({ path: path.join(temp.path, 'library.sqlite3') })
    const tables = store.db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all() as string[]
    expect(tables).toEqual(
      expect.arrayContaining([
        'documents',
        'revisions',
        'annotations',
        'tags',
        'annotation_tags',
        'comments',
        'settings',
      ]),
    )
    expect(store.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion())
    expect(store.db.pragma('application_id', { simple: true })).toBe(marginaliaApplicationId)
    store.close()
  })

  it('applies only the new steps to an existing library and keeps its data', () => {
    const file = path.join(temp.path, 'library.sqlite3')
    const first: Migration = {
      version: 1,
      name: 'one',
      up: [`CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL)`],
    }
    const second: Migration = {
      version: 2,
      name: 'two',
      up: [`ALTER TABLE notes ADD COLUMN color TEXT NOT NULL DEFAULT 'yellow'`],
    }
    const db = new Database(file)
    expect(migrate(db, [first])).toEqual([1])
    db.prepare(`INSERT INTO notes (id, body) VALUES ('a', 'Điều 3 giữ nguyên')`).run()
    expect(migrate(db, [first, second])).toEqual([2])
    expect(migrate(db, [first, second])).toEqual([])
    expect(db.prepare(`SELECT body, color FROM notes`).get()).toEqual({ body: 'Điều 3 giữ nguyên', color: 'yellow' })
    db.close()
  })

  it('rolls a failing step back completely, leaving the previous version', () => {
    const db = new Database(path.join(temp.path, 'library.sqlite3'))
    const good: Migration = { version: 1, name: 'good', up: [`CREATE TABLE a (x INTEGER)`] }
    const bad: Migration = { version: 2, name: 'bad', up: [`CREATE TABLE b (y INTEGER)`, `THIS IS NOT SQL`] }
    migrate(db, [good])
    expect(() => migrate(db, [good, bad])).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'b'`).pluck().get()).toBe(0)
    db.close()
  })

  it('refuses a library written by a newer version, with a clear message, and leaves the file byte for byte', () => {
    const file = path.join(temp.path, 'library.sqlite3')
    openStore({ path: file }).close()
    const raw = new Database(file)
    raw.pragma(`user_version = ${latestSchemaVersion() + 5}`)
    raw.close()
    const before = sha256(file)

    expect(() => openStore({ path: file })).toThrow(/newer version of Marginalia/)
    expect(sha256(file)).toBe(before)
    expect(fs.existsSync(`${file}-wal`)).toBe(false)
  })

  it("refuses another program's SQLite file untouched", () => {
    const file = path.join(temp.path, 'other.sqlite3')
    const other = new Database(file)
    other.exec(`CREATE TABLE contacts (name TEXT)`)
    other.close()
    const before = sha256(file)
    expect(() => connect(file, { supportedSchemaVersion: latestSchemaVersion() })).toThrow(/not a Marginalia library/)
    expect(sha256(file)).toBe(before)
  })

  it('opens with the durability settings the data relies on', () => {
    const store = openStore({ path: path.join(temp.path, 'library.sqlite3') })
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(store.db.pragma('secure_delete', { simple: true })).toBe(1)
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000)
    store.close()
  })
})
