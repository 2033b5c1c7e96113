/**
 * A damaged WAL must never lose acknowledged saves silently. Each test leaves a library as a killed app leaves it
 * (50 acknowledged saves still in the -wal after the last backup), damages it the way disks and people do, starts
 * the app, and checks that the user is told what was lost and where the set-aside copy is, and that everything the
 * files still hold is in the library.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { composeApp } from '../../src-main/compose'
import { openStore, type Store } from '../../src-main/db/openStore'
import { readWriteCount, readWriteCountMarker, writeCountMarkerPath } from '../../src-main/db/writeLedger'
import { inProcessRunner } from '../../src-main/importers/importRunner'
import { SettingsRepository } from '../../src-main/db/repositories/settingsRepository'
import { en } from '../../src-renderer/i18n/en'
import { vi } from '../../src-renderer/i18n/vi'
import { seedDocument } from '../support/seedDocument'
import { makeTempDirectory } from '../support/tempDirectory'

const saves = 50
let temp: ReturnType<typeof makeTempDirectory>
beforeEach(() => {
  temp = makeTempDirectory('marginalia-wal-damage')
})
afterEach(() => temp.remove())

/**
 * A library with 30 documents, backed up, then 50 acknowledged saves that are only in the -wal; returns the path of
 * a copy of its folder taken before any clean close, which is what a SIGKILL leaves on disk.
 */
async function killedLibrary(withBackup = true): Promise<string> {
  const live = path.join(temp.path, 'live', 'library.sqlite3')
  const store = openStore({ path: live })
  for (let index = 0; index < 30; index++) seedDocument(store.db, [`${index}. ${'Đoạn văn dài. '.repeat(150)}`])
  store.writes.acknowledge()
  if (withBackup) await store.backups.create(store.db)
  store.db.pragma('wal_checkpoint(TRUNCATE)')
  schemaBytes = schemaEnd(store)
  const settings = new SettingsRepository(store.db)
  for (let n = 0; n < saves; n++) {
    settings.writeMany({ [`saved-${n}`]: { n, text: 'Hợp tác năng lượng – Сотрудничество' } })
    store.writes.acknowledge()
  }
  const killed = path.join(temp.path, 'killed')
  fs.cpSync(path.dirname(live), killed, { recursive: true })
  store.close()
  return path.join(killed, 'library.sqlite3')
}

/** Where the library's schema ends in its file: the set-aside copy is readable only when a cut leaves it whole. */
let schemaBytes = 0
function schemaEnd(store: Store): number {
  const { last } = store.db.prepare(`SELECT max(pageno) AS last FROM dbstat WHERE name = 'sqlite_schema'`).get() as {
    last: number
  }
  return last * (store.db.pragma('page_size', { simple: true }) as number)
}

/** Cut the file to a third of its size, or just after its schema when that lies further (rows are lost, not tables). */
function truncateRows(file: string): void {
  fs.truncateSync(file, Math.max(Math.floor(fs.statSync(file).size / 3), schemaBytes))
}

const savedNumbers = (store: Store): number[] =>
  Object.keys(new SettingsRepository(store.db).readAll())
    .filter((key) => key.startsWith('saved-'))
    .map((key) => Number(key.slice('saved-'.length)))
    .sort((a, b) => a - b)

const documentCount = (store: Store) =>
  (store.db.prepare(`SELECT count(*) AS n FROM documents`).get() as { n: number }).n

const noticeOf = (store: Store, code: string) => store.notices.find((notice) => notice.code === code)

describe('the save count kept outside the WAL', () => {
  it('is current when a call that saved answers, whichever transport carries it', async () => {
    const file = path.join(temp.path, 'app', 'library.sqlite3')
    const app = composeApp({ path: file, host: 'browser', version: 'test', importRunner: inProcessRunner })
    const before = readWriteCountMarker(writeCountMarkerPath(file))
    await app.handlers['settings.update']({ authorName: 'Nguyễn Thị Minh' })
    await app.handlers['settings.update']({ theme: 'dark' })
    const after = readWriteCountMarker(writeCountMarkerPath(file))
    expect(after).toEqual(readWriteCount(app.store.db))
    expect(after!.count - before!.count).toBe(2)
    await app.shutdown()
  })

  it('follows every acknowledged save, also when the count gains a digit, and replaces a marker of the old shape', () => {
    const file = path.join(temp.path, 'lib', 'library.sqlite3')
    const first = openStore({ path: file })
    const libraryId = readWriteCount(first.db)!.libraryId
    first.close()
    // The shape an earlier version wrote: the bare JSON, shorter than the record that now overwrites it in place.
    const marker = writeCountMarkerPath(file)
    fs.writeFileSync(marker, JSON.stringify({ libraryId, count: 9 }))
    const store = openStore({ path: file })
    const settings = new SettingsRepository(store.db)
    for (let save = 0; save < 120; save++) {
      settings.writeMany({ [`saved-${save}`]: save })
      store.writes.acknowledge()
      expect(readWriteCountMarker(marker)).toEqual(readWriteCount(store.db))
    }
    expect(readWriteCountMarker(marker)!.count).toBeGreaterThanOrEqual(100)
    store.close()
    const reopened = openStore({ path: file })
    expect(reopened.notices).toEqual([])
    reopened.close()
  })
})

describe('a damaged WAL', () => {
  it('raises no alarm when nothing was lost: a kill keeps every acknowledged save', async () => {
    const file = await killedLibrary()
    const store = openStore({ path: file })
    expect(store.notices).toEqual([])
    expect(savedNumbers(store)).toHaveLength(saves)
    store.close()
  })

  it('truncated: tells the user how many saves are missing and keeps the files as found', async () => {
    const file = await killedLibrary()
    const walSize = fs.statSync(`${file}-wal`).size
    fs.truncateSync(`${file}-wal`, Math.floor(walSize / 2))
    const store = openStore({ path: file })
    const kept = savedNumbers(store)
    // What the WAL still holds is all there: the saves before the cut, in order.
    expect(kept).toEqual([...Array(kept.length).keys()])
    expect(kept.length).toBeLessThan(saves)
    const notice = noticeOf(store, 'db.writesLost')
    expect(notice?.params).toMatchObject({ lost: saves - kept.length })
    const damagedPath = String(notice?.params?.damagedPath)
    expect(fs.statSync(`${damagedPath}-wal`).size).toBe(Math.floor(walSize / 2))
    expect(documentCount(store)).toBe(30)
    store.close()
  })

  it('deleted: tells the user every acknowledged save since the last checkpoint is missing', async () => {
    const file = await killedLibrary()
    fs.rmSync(`${file}-wal`)
    fs.rmSync(`${file}-shm`, { force: true })
    const store = openStore({ path: file })
    expect(savedNumbers(store)).toEqual([])
    const notice = noticeOf(store, 'db.writesLost')
    expect(notice?.params).toMatchObject({ lost: saves })
    expect(fs.existsSync(String(notice?.params?.damagedPath))).toBe(true)
    expect(documentCount(store)).toBe(30)
    store.close()
  })

  it('truncated database with an intact WAL: restores the backup and replays every save the WAL still holds', async () => {
    const file = await killedLibrary()
    truncateRows(file)
    const store = openStore({ path: file })
    expect(store.notices.map((notice) => notice.code)).toEqual(['db.restoredFromBackup', 'db.replayedFromSetAside'])
    expect(noticeOf(store, 'db.replayedFromSetAside')?.params).toMatchObject({ recovered: saves })
    expect(savedNumbers(store)).toHaveLength(saves)
    expect(documentCount(store)).toBe(30)
    // The set-aside files are left exactly as they were found.
    expect(fs.existsSync(`${String(noticeOf(store, 'db.restoredFromBackup')?.params?.damagedPath)}-wal`)).toBe(true)
    store.close()
    // Replayed saves count as held: the next start has nothing to report.
    const again = openStore({ path: file })
    expect(again.notices).toEqual([])
    again.close()
  })

  it('truncated database and no backup at all: the new library gets back everything the set-aside files hold', async () => {
    const file = await killedLibrary(false)
    truncateRows(file)
    const store = openStore({ path: file })
    expect(store.notices.map((notice) => notice.code)).toEqual(['db.damagedNoBackup', 'db.replayedFromSetAside'])
    expect(savedNumbers(store)).toHaveLength(saves)
    store.close()
  })

  it('is explained to the user in English and Vietnamese, with the count and the copy’s path', () => {
    for (const catalogue of [en, vi]) {
      expect(catalogue.shell.notices['db.writesLost']).toMatch(/\{\{lost\}\}[\s\S]*\{\{damagedPath\}\}/)
      expect(catalogue.shell.notices['db.replayedFromSetAside']).toContain('{{recovered}}')
    }
  })
})
