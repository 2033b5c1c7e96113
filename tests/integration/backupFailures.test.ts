/**
 * A backup that fails is something the user must hear about, not a line in a log nobody reads: a folder that cannot
 * be written and a backup that fails its check after writing both reach the window as a notice.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppNotice } from '../../src-main/common/api/appApi'
import { composeApp } from '../../src-main/compose'
import { connect } from '../../src-main/db/connection'
import { latestSchemaVersion } from '../../src-main/db/migrate'
import { openStore } from '../../src-main/db/openStore'
import { inProcessRunner } from '../../src-main/importers/importRunner'
import { en } from '../../src-renderer/i18n/en'
import { vi } from '../../src-renderer/i18n/vi'
import { makeTempDirectory } from '../support/tempDirectory'

let temp: ReturnType<typeof makeTempDirectory>
let library: string
beforeEach(() => {
  temp = makeTempDirectory('marginalia-backup-failures')
  library = path.join(temp.path, 'library.sqlite3')
})
afterEach(() => temp.remove())

/** Start the app, let its start-up backup run, and collect every notice it raised, as the window would see them. */
async function noticesOfOneRun(backupDirectory: string): Promise<{ atStart: AppNotice[]; raised: AppNotice[] }> {
  const app = composeApp({
    path: library,
    backupDirectory,
    host: 'browser',
    version: 'test',
    importRunner: inProcessRunner,
  })
  const raised: AppNotice[] = []
  app.events.subscribe((name, payload) => {
    if (name === 'app.didRaiseNotice') raised.push(payload as AppNotice)
  })
  await app.shutdown()
  return { atStart: app.services.app.getStatus().notices, raised }
}

/**
 * Damage an index so that SQLite's quick check (structure) passes and the full check (index contents) fails:
 * the library gets backed up, and the written backup fails its check.
 */
function damageAnIndexOnly(): void {
  const db = connect(library, { supportedSchemaVersion: latestSchemaVersion() })
  db.exec(`CREATE TABLE scratch(a TEXT)`)
  const insert = db.prepare(`INSERT INTO scratch VALUES (?)`)
  for (let index = 0; index < 50; index++) insert.run(`zqidx-${String(index * 10).padStart(4, '0')}`)
  // Created after the rows, so the index's pages come last in the file.
  db.exec(`CREATE INDEX scratch_a ON scratch(a)`)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  const bytes = fs.readFileSync(library)
  const entry = Buffer.from('zqidx-0100')
  const at = bytes.lastIndexOf(entry)
  bytes[at + entry.length - 1] = '1'.charCodeAt(0)
  fs.writeFileSync(library, bytes)
}

describe('a failed backup is shown to the user', () => {
  it('says so when the backup folder cannot be written, in English and Vietnamese', async () => {
    const notAFolder = path.join(temp.path, 'backups')
    fs.writeFileSync(notAFolder, 'a file where the backup folder should be')
    const { atStart, raised } = await noticesOfOneRun(notAFolder)
    // The start-up backup failed before any window could listen; the exit backup failed while one could.
    expect(atStart.map((notice) => notice.code)).toContain('backup.cannotWrite')
    expect(raised).toContainEqual({ code: 'backup.cannotWrite', params: { directory: notAFolder } })
    expect(en.shell.notices['backup.cannotWrite']).toContain('{{directory}}')
    expect(vi.shell.notices['backup.cannotWrite']).toContain('{{directory}}')
  })

  it('says so when a written backup fails its check, deletes it and keeps no partial file', async () => {
    openStore({ path: library }).close()
    damageAnIndexOnly()
    const backups = path.join(temp.path, 'fresh-backups')
    const { atStart, raised } = await noticesOfOneRun(backups)
    expect([...atStart, ...raised].map((notice) => notice.code)).toContain('backup.verifyFailed')
    expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([])
  })
})
