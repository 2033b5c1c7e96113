import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BackupRotation } from '../../src-main/db/backups'
import { openStore } from '../../src-main/db/openStore'
import { SettingsRepository } from '../../src-main/db/repositories/settingsRepository'
import { makeTempDirectory } from '../support/tempDirectory'

let temp: ReturnType<typeof makeTempDirectory>
let file: string
beforeEach(() => {
  temp = makeTempDirectory('marginalia-recovery')
  file = path.join(temp.path, 'library.sqlite3')
})
afterEach(() => temp.remove())

/** A library with one saved value and a backup holding it. */
async function libraryWithBackup(value: string): Promise<void> {
  const store = openStore({ path: file })
  new SettingsRepository(store.db).writeMany({ authorName: value })
  await store.backups.create(store.db)
  store.close()
}

describe('recovering a damaged library', () => {
  it('sets a garbage file aside and restores the newest good backup, telling the user both paths', async () => {
    await libraryWithBackup('Trần Văn A')
    const garbage = crypto.randomBytes(64 * 1024)
    fs.writeFileSync(file, garbage)

    const store = openStore({ path: file })
    expect(new SettingsRepository(store.db).readAll().authorName).toBe('Trần Văn A')
    expect(store.notices).toHaveLength(1)
    const notice = store.notices[0]!
    expect(notice.code).toBe('db.restoredFromBackup')
    const damagedPath = String(notice.params?.damagedPath)
    expect(fs.readFileSync(damagedPath).equals(garbage)).toBe(true) // the damaged file is kept, never overwritten
    store.close()
  })

  it('skips a damaged newest backup and uses the one before it', async () => {
    await libraryWithBackup('first')
    await new Promise((resolve) => setTimeout(resolve, 5))
    await libraryWithBackup('second')
    const newest = new BackupRotation(path.join(temp.path, 'backups')).list()[0]!
    fs.writeFileSync(newest.path, 'not a database at all')
    fs.writeFileSync(file, 'also garbage')

    const store = openStore({ path: file })
    expect(new SettingsRepository(store.db).readAll().authorName).toBe('first')
    store.close()
  })

  it('starts a new empty library when no good backup exists, keeping the damaged file', () => {
    fs.writeFileSync(file, 'garbage, and no backups anywhere')
    const store = openStore({ path: file })
    expect(store.notices.map((notice) => notice.code)).toEqual(['db.damagedNoBackup'])
    expect(new SettingsRepository(store.db).readAll()).toEqual({})
    expect(fs.readFileSync(String(store.notices[0]!.params?.damagedPath), 'utf8')).toBe(
      'garbage, and no backups anywhere',
    )
    store.close()
  })

  it('checks integrity after an unclean shutdown and recovers from a corrupted page', async () => {
    const store = openStore({ path: file })
    const settings = new SettingsRepository(store.db)
    for (let i = 0; i < 400; i++) settings.writeMany({ [`key-${i}`]: 'x'.repeat(200) })
    await store.backups.create(store.db)
    store.close()
    fs.writeFileSync(`${file}.open`, '12345') // as if the app had crashed
    const bytes = fs.readFileSync(file)
    bytes.fill(0xa5, 4096 * 3, 4096 * 5) // damage two pages in the middle
    fs.writeFileSync(file, bytes)

    const reopened = openStore({ path: file })
    expect(reopened.notices.map((notice) => notice.code)).toEqual(['db.restoredFromBackup'])
    expect(Object.keys(new SettingsRepository(reopened.db).readAll())).toHaveLength(400)
    reopened.close()
  })

  it('rotates backups, keeping only the newest ones', async () => {
    const store = openStore({ path: file, backupsToKeep: 3 })
    for (let i = 0; i < 5; i++) await store.backups.create(store.db, new Date(Date.UTC(2026, 0, 1, 0, 0, i)))
    expect(store.backups.list().map((backup) => backup.createdAt.getUTCSeconds())).toEqual([4, 3, 2])
    store.close()
  })
})
