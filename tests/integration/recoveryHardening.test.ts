import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupsToDelete } from '../../src-main/db/backupRetention'
import { BackupRotation } from '../../src-main/db/backups'
import { fileUnchangedSinceCheck } from '../../src-main/db/checkedFile'
import { connect } from '../../src-main/db/connection'
import { latestSchemaVersion } from '../../src-main/db/migrate'
import { openStore, type Store } from '../../src-main/db/openStore'
import { seedDocument } from '../support/seedDocument'
import { makeTempDirectory } from '../support/tempDirectory'

let temp: ReturnType<typeof makeTempDirectory>
let file: string
beforeEach(() => {
  temp = makeTempDirectory('marginalia-recovery-hardening')
  file = path.join(temp.path, 'library.sqlite3')
})
afterEach(() => temp.remove())

const documentCount = (store: Store) =>
  (store.db.prepare(`SELECT count(*) AS n FROM documents`).get() as { n: number }).n

/** A library holding one document, backed up, closed cleanly. */
async function libraryWithDocument(): Promise<void> {
  const store = openStore({ path: file })
  seedDocument(store.db, ['9. Hai bên nhất trí tăng cường hợp tác.'])
  await store.backups.create(store.db, new Date(Date.UTC(2026, 0, 1)))
  store.close()
}

describe('a library is never silently replaced', () => {
  it('treats a 0-byte library as damage: sets it aside and restores the newest good backup', async () => {
    await libraryWithDocument()
    fs.writeFileSync(file, '')
    const store = openStore({ path: file })
    expect(store.notices.map((notice) => notice.code)).toEqual(['db.restoredFromBackup'])
    expect(documentCount(store)).toBe(1)
    expect(fs.statSync(String(store.notices[0]!.params?.damagedPath)).size).toBe(0)
    store.close()
  })

  it('keeps the newest backup that holds data through ten backups of an emptied library', async () => {
    await libraryWithDocument()
    fs.rmSync(file)
    for (let start = 1; start <= 10; start++) {
      const store = openStore({ path: file })
      await store.backups.create(store.db, new Date(Date.UTC(2026, 0, 1, start)))
      store.close()
    }
    fs.writeFileSync(file, 'garbage')
    // The ten newest are of the empty library; the one with the document must still be there to restore.
    const store = openStore({ path: file, backupsToKeep: 10 })
    expect(store.backups.list().some((backup) => backup.createdAt.getTime() === Date.UTC(2026, 0, 1))).toBe(true)
    store.close()
  })

  it('notices damage after a clean exit at the next start (quick check) and restores', async () => {
    const store = openStore({ path: file })
    for (let index = 0; index < 40; index++) seedDocument(store.db, [`${index}. ${'Đoạn văn dài. '.repeat(200)}`])
    await store.backups.create(store.db)
    store.close()
    const bytes = fs.readFileSync(file)
    bytes.fill(0x5a, 4096 * 6, 4096 * 7)
    fs.writeFileSync(file, bytes)
    const reopened = openStore({ path: file })
    expect(reopened.notices.map((notice) => notice.code)).toEqual(['db.restoredFromBackup'])
    expect(documentCount(reopened)).toBe(40)
    reopened.close()
  })

  it('notices damage after a clean exit even when whoever wrote it set the file times back', async () => {
    const store = openStore({ path: file })
    for (let index = 0; index < 40; index++) seedDocument(store.db, [`${index}. ${'Đoạn văn dài. '.repeat(200)}`])
    await store.backups.create(store.db)
    store.close()
    // The exit's check passed and was recorded: an untouched file would open without it.
    expect(fileUnchangedSinceCheck(file)).toBe(true)
    const { atime, mtime } = fs.statSync(file)
    const descriptor = fs.openSync(file, 'r+')
    fs.writeSync(descriptor, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 6)
    fs.closeSync(descriptor)
    fs.utimesSync(file, atime, mtime)
    const reopened = openStore({ path: file })
    expect(reopened.notices.map((notice) => notice.code)).toEqual(['db.restoredFromBackup'])
    expect(documentCount(reopened)).toBe(40)
    reopened.close()
  })

  it('never backs up a damaged database, so the good backups stay', async () => {
    const store = openStore({ path: file })
    for (let index = 0; index < 40; index++) seedDocument(store.db, [`${index}. ${'Đoạn văn dài. '.repeat(200)}`])
    await store.backups.create(store.db, new Date(Date.UTC(2026, 0, 1)))
    store.close()
    const bytes = fs.readFileSync(file)
    bytes.fill(0x5a, 4096 * 6, 4096 * 7)
    fs.writeFileSync(file, bytes)
    // Opened without the start-up check, as a long-running app would hold a file that went bad under it.
    const damaged = connect(file, { supportedSchemaVersion: latestSchemaVersion() })
    const rotation = new BackupRotation(path.join(temp.path, 'backups'))
    await expect(rotation.create(damaged, new Date(Date.UTC(2026, 0, 2)))).rejects.toThrow(/integrity/)
    expect(rotation.list().map((backup) => backup.createdAt.getUTCDate())).toEqual([1])
    damaged.close()
  })
})

describe('backup retention', () => {
  const backup = (iso: string, holdsData = false) => ({
    path: iso,
    createdAt: new Date(iso),
    holdsData: () => holdsData,
  })

  it('keeps the newest of each recent day and week besides the newest few', () => {
    const backups = [
      backup('2026-03-10T12:00:00Z'),
      backup('2026-03-10T06:00:00Z'),
      backup('2026-03-09T12:00:00Z'),
      backup('2026-03-09T06:00:00Z'),
      backup('2026-02-20T12:00:00Z'),
      backup('2025-01-01T12:00:00Z'),
    ]
    expect(backupsToDelete(backups, 1, new Date('2026-03-10T13:00:00Z'))).toEqual([
      '2026-03-10T06:00:00Z',
      '2026-03-09T06:00:00Z',
      '2025-01-01T12:00:00Z',
    ])
  })
})
