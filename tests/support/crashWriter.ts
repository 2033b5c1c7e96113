/**
 * A child process for the crash test: opens the library through the real store and saves settings as fast as it
 * can, printing `ack N` only after each save has returned (committed). The parent kills it at a random moment.
 */
import { openStore } from '../../src-main/db/openStore'
import { SettingsRepository } from '../../src-main/db/repositories/settingsRepository'

const [databasePath, startArgument] = process.argv.slice(2)
if (!databasePath) throw new Error('usage: crashWriter DB_PATH START')

const store = openStore({ path: databasePath, backupsToKeep: 3 })
const settings = new SettingsRepository(store.db)
let n = Number(startArgument ?? 0)
process.stdout.write('ready\n')

const writeSome = async () => {
  for (;;) {
    settings.writeMany({ [`crash-${n}`]: { n, text: 'Hợp tác năng lượng – Сотрудничество' } })
    // As every transport does before it answers: the count outside the WAL covers this save.
    store.writes.acknowledge()
    process.stdout.write(`ack ${n}\n`)
    n++
    if (n % 200 === 0) await store.backups.create(store.db)
    if (n % 25 === 0) await new Promise((resolve) => setImmediate(resolve))
  }
}
void writeSome()
