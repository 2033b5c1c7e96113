/**
 * A child process for the killed-sync test: opens a library with the team services and syncs it with the server
 * given, printing `syncing` as it starts. The parent kills it (SIGKILL) while the server is taking its records.
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
})
sync.configure({ address, database, user, password })
process.stdout.write('syncing\n')
void sync.syncNow().then((status) => process.stdout.write(`${status.state}\n`))
