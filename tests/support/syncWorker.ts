/**
 * A child process for the killed-sync test: opens a library with the team services and syncs it with the server
 * given. When the server has taken the first batch of its records, it prints `pushed N` and holds still (the
 * event loop blocked, for at most a minute), so the parent's SIGKILL lands with the sync mid-way, not by chance.
 */
import { openStore } from '../../src-main/db/openStore'
import { SettingsRepository } from '../../src-main/db/repositories/settingsRepository'
import { TeamRepository } from '../../src-main/db/repositories/teamRepository'
import { TeamSyncRepository } from '../../src-main/db/repositories/teamSyncRepository'
import { EventBus } from '../../src-main/services/eventBus'
import { noErasure } from '../../src-main/services/leftoverEraser'
import { transactionOn } from '../../src-main/services/transaction'
import { TeamService } from '../../src-main/services/teamService'
import { memorySecrets, TeamSync } from '../../src-main/services/teamSync'

const [databasePath, address, database, user, password] = process.argv.slice(2)
if (!databasePath || !address || !database || !user || !password) {
  throw new Error('usage: syncWorker DB_PATH ADDRESS DATABASE USER PASSWORD')
}
const store = openStore({ path: databasePath })
const settings = new SettingsRepository(store.db)
const repository = new TeamRepository(store.db)
const events = new EventBus()
const team = new TeamService({
  team: repository,
  settings,
  authorName: () => 'Lan',
  events,
  eraser: noErasure,
  transaction: transactionOn(store.db),
})
const sync = new TeamSync({
  team,
  repository,
  syncState: new TeamSyncRepository(store.db),
  settings,
  secrets: memorySecrets(),
  events,
  onProgress: ({ direction, docsWritten }) => {
    if (direction !== 'push' || docsWritten === 0) return
    process.stdout.write(`pushed ${docsWritten}\n`)
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000)
  },
})
sync.configure({ address, database, user, password })
void sync.syncNow().then((status) => process.stdout.write(`${status.state}\n`))
