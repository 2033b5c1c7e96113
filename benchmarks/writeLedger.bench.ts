/**
 * What the save count outside the WAL costs a save: a settings save committed and acknowledged (counting trigger,
 * one read of the count, the marker file rewritten), against the same save on a connection that keeps no count
 * (the baseline row: what every save cost before).
 */
import path from 'node:path'
import { connect } from '../src-main/db/connection'
import { latestSchemaVersion, migrate } from '../src-main/db/migrate'
import { openStore } from '../src-main/db/openStore'
import { SettingsRepository } from '../src-main/db/repositories/settingsRepository'
import { makeTempDirectory } from '../tests/support/tempDirectory'
import { ms, quantile, ratio, timeRuns, type BenchRow } from './benchRow'

const saves = 400

export async function run(): Promise<BenchRow[]> {
  const temp = makeTempDirectory('marginalia-bench-ledger')
  try {
    const plain = connect(path.join(temp.path, 'plain.sqlite3'), { supportedSchemaVersion: latestSchemaVersion() })
    migrate(plain)
    const plainSettings = new SettingsRepository(plain)
    let n = 0
    const baseline = await timeRuns(saves, () => plainSettings.writeMany({ [`bench-${n++}`]: { n } }))
    plain.close()

    const store = openStore({ path: path.join(temp.path, 'counted.sqlite3') })
    const settings = new SettingsRepository(store.db)
    const counted = await timeRuns(saves, () => {
      settings.writeMany({ [`bench-${n++}`]: { n } })
      store.writes.acknowledge()
    })
    store.close()

    const ours = quantile(counted, 0.5)
    const without = quantile(baseline, 0.5)
    return [
      {
        scenario: `one acknowledged save with its count kept outside the WAL (median of ${saves})`,
        measured: ms(ours),
        alternative: `the same save keeping no count: ${ms(without)}`,
        ratio: ratio(ours, without),
        target: '< 1.5× the save alone',
        verdict: ours < without * 1.5 ? 'ok' : 'over',
      },
    ]
  } finally {
    temp.remove()
  }
}
