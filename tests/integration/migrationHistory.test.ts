/**
 * Migrations are history: a library migrated by a released version must read the same schema steps forever. The
 * hashes below are of the files as released; a changed file fails here. When a release ships a new migration, add
 * its hash. The current search schema lives in db/searchSchema.ts, and a rebuild must give what a fresh migration
 * gives.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Connection } from '../../src-main/db/connection'
import { SearchIndexRepository } from '../../src-main/db/repositories/searchIndexRepository'
import { createTempDatabase } from '../support/tempDatabase'

/** SHA-256 of each released migration file, with line endings as LF (a Windows checkout must pass too). */
const releasedMigrations: Record<string, string> = {
  '0001-initial.ts': '8cad79783cda50e1ee34baacfe94c2596b8005e8f130b3f888991488a5d58536',
  '0002-search.ts': '498896f59e63199c249e562219f519ad321fab1e17ea08cc037f1dec085b7cd8',
  '0003-drafts.ts': '33a5a129629ac8e8cf48b1024a01f5266228a44b5c7b66eea00c04095c268a9c',
  '0005-study.ts': 'feb80f5c21e451d8453670dae8badd7cb38fbf61a20079a9d289c443eba56804',
  '0006-team.ts': '74a10e1a3ab57a7af9100b0d050473ef09aa827248569253e13380e453eec851',
  '0007-study-comments.ts': '06c5f1417346b4a6e62aa298dcec8461364b7596831a0b9ce1a3f582e1daf081',
  '0008-write-count.ts': '157e3f24ed07682e9bd124cee1c26cf6ab75d42ac084978c5e2e4a995b143d03',
  '0010-draft-undo.ts': '8f0c792885b39956d72f3fc4016a0da1ef385feea1fc88fbb64e1fdd789ca286',
  '0011-search-queue.ts': '10e8e66f8e8d5f42b4f88ee0009e5cffad721989986ea675eccce32b8b2d935a',
  '0012-team-arrivals.ts': 'cef1fbf0f4402d5fec52f914bb34030896e38e3672e4d6bffb197e4c8f965504',
  '0013-team-checkpoints.ts': '6f05521a10677e2f031de95e85b3dbc3446fe09eba2313fc4d54f208e1d7f2f0',
  '0014-reader-layouts.ts': '7498d1ce3afccd4e53ea93ad31ff5d4685b0935025f6ccabb330c0b3eb75cb14',
}

const migrationsFolder = path.resolve('src-main/db/migrations')

function hashOf(file: string): string {
  const text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n')
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex')
}

/** Every search table, index and trigger, as SQLite stores its definition. */
function searchObjects(db: Connection): { type: string; name: string; sql: string | null }[] {
  return db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master
       WHERE name LIKE 'search\\_%' ESCAPE '\\' OR tbl_name LIKE 'search\\_%' ESCAPE '\\' ORDER BY type, name`,
    )
    .all() as { type: string; name: string; sql: string | null }[]
}

let database: ReturnType<typeof createTempDatabase> | undefined
afterEach(() => {
  database?.remove()
  database = undefined
})

describe('released migrations', () => {
  it.each(Object.entries(releasedMigrations))('%s still has the text it was released with', (file, hash) => {
    const fullPath = path.join(migrationsFolder, file)
    expect(fs.existsSync(fullPath), `${file} was released and must stay`).toBe(true)
    expect(hashOf(fullPath), `${file} was released: add a new migration instead of editing it`).toBe(hash)
  })

  it('a rebuilt search index has exactly the tables, indexes and triggers a fresh migration makes', () => {
    database = createTempDatabase()
    const migrated = searchObjects(database.db)
    expect(migrated.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['search_entries', 'search_index', 'search_documents_ai', 'search_revisions_ai']),
    )
    new SearchIndexRepository(database.db).rebuild()
    expect(searchObjects(database.db)).toEqual(migrated)
  })
})
