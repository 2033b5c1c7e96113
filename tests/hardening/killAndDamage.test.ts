/**
 * For the time budget: kill a writing process at random moments and check that nothing it acknowledged is lost;
 * then damage the library in the ways disks and people do and check that every start recovers the newest good state.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { passesIntegrityCheck } from '../../src-main/db/connection'
import { openStore } from '../../src-main/db/openStore'
import { SettingsRepository } from '../../src-main/db/repositories/settingsRepository'
import { seedDocument } from '../support/seedDocument'
import { runWriterAndKill } from '../support/killedWriter'
import { makeTempDirectory } from '../support/tempDirectory'
import { loopBudgetMs, reportFigures } from './budget'

let temp: ReturnType<typeof makeTempDirectory>
beforeAll(() => {
  temp = makeTempDirectory('marginalia-hardening')
})
afterAll(() => temp.remove())

/** The ways a library file gets damaged between two starts. */
const damages: Record<string, (file: string) => void> = {
  emptied: (file) => fs.writeFileSync(file, ''),
  garbage: (file) => fs.writeFileSync(file, crypto.randomBytes(64 * 1024)),
  garbageMidFile: (file) => {
    const bytes = fs.readFileSync(file)
    bytes.fill(0x5a, Math.floor(bytes.length / 2 / 4096) * 4096, Math.floor(bytes.length / 2 / 4096) * 4096 + 4096)
    fs.writeFileSync(file, bytes)
  },
  truncated: (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 3)),
}

/** The ways a killed app's WAL gets damaged before the next start. */
const walDamages: Record<string, (file: string) => void> = {
  walTruncated: (file) => {
    if (fs.existsSync(`${file}-wal`)) fs.truncateSync(`${file}-wal`, Math.floor(fs.statSync(`${file}-wal`).size / 2))
  },
  walDeleted: (file) => {
    for (const extra of ['-wal', '-shm']) fs.rmSync(file + extra, { force: true })
  },
  databaseTruncated: (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 3)),
}

describe('kills and damaged starts', () => {
  it('loses nothing acknowledged across SIGKILLs for the time budget', async () => {
    const databasePath = path.join(temp.path, 'killed.sqlite3')
    const acknowledged: number[] = []
    let next = 0
    let kills = 0
    const deadline = Date.now() + loopBudgetMs
    while (Date.now() < deadline) {
      const acked = await runWriterAndKill(databasePath, next, 400)
      acknowledged.push(...acked)
      next = (acked.at(-1) ?? next) + 1
      kills++
    }
    const store = openStore({ path: databasePath })
    expect(passesIntegrityCheck(store.db)).toBe(true)
    const saved = new SettingsRepository(store.db).readAll()
    const lost = acknowledged.filter((n) => !(`crash-${n}` in saved)).length
    // Kills lose nothing, so the save count kept outside the WAL must not cry wolf either.
    const falseAlarms = store.notices.filter((notice) => notice.code === 'db.writesLost').length
    store.close()
    reportFigures('kills', { kills, acknowledgedWrites: acknowledged.length, lost, falseAlarms })
    expect(lost).toBe(0)
    expect(falseAlarms).toBe(0)
  })

  it('recovers the newest good backup at every damaged start', async () => {
    const deadline = Date.now() + loopBudgetMs
    let starts = 0
    let recovered = 0
    for (let round = 0; Date.now() < deadline || round < Object.keys(damages).length; round++) {
      const [name, damage] = Object.entries(damages)[round % Object.keys(damages).length]!
      const file = path.join(temp.path, `damaged-${round}.sqlite3`)
      const store = openStore({ path: file, backupDirectory: path.join(temp.path, `backups-${round}`) })
      for (let index = 0; index < 30; index++) seedDocument(store.db, [`${index}. ${'Đoạn văn. '.repeat(150)}`])
      await store.backups.create(store.db)
      store.close()
      damage(file)
      starts++
      const reopened = openStore({ path: file, backupDirectory: path.join(temp.path, `backups-${round}`) })
      const count = (reopened.db.prepare(`SELECT count(*) AS n FROM documents`).get() as { n: number }).n
      expect(
        reopened.notices.map((notice) => notice.code),
        name,
      ).toEqual(['db.restoredFromBackup'])
      expect(count, name).toBe(30)
      recovered++
      reopened.close()
    }
    reportFigures('damagedStarts', { starts, recovered, damageKinds: Object.keys(damages).length })
  })

  it('tells the user about every acknowledged save a damaged WAL lost, and loses none it still holds', async () => {
    const deadline = Date.now() + loopBudgetMs
    const kinds = Object.keys(walDamages)
    let starts = 0
    let acknowledgedWrites = 0
    let reportedLost = 0
    let silentlyLost = 0
    for (let round = 0; Date.now() < deadline || round < kinds.length; round++) {
      const name = kinds[round % kinds.length]!
      const file = path.join(temp.path, `wal-${round}`, 'library.sqlite3')
      const acked = await runWriterAndKill(file, 0, 400)
      acknowledgedWrites += acked.length
      walDamages[name]!(file)
      starts++
      const store = openStore({ path: file })
      const saved = new SettingsRepository(store.db).readAll()
      const missing = acked.filter((n) => !(`crash-${n}` in saved)).length
      const notice = store.notices.find((each) => each.code === 'db.writesLost')
      const told = Number(notice?.params?.lost ?? 0)
      expect(told, `${name}: ${JSON.stringify(store.notices)}`).toBeGreaterThanOrEqual(missing)
      // A truncated database with an intact WAL still loses the saves that a checkpoint had already moved into the
      // lost part of the file after the last backup: they are in neither the WAL nor the backup, so they must be
      // reported (above). Replaying everything the WAL holds is tested in tests/integration/walDamage.test.ts.
      reportedLost += told
      if (missing > 0 && !notice) silentlyLost += missing
      store.close()
    }
    reportFigures('walDamage', { starts, acknowledgedWrites, reportedLost, silentlyLost, damageKinds: kinds.length })
    expect(silentlyLost).toBe(0)
  })
})
