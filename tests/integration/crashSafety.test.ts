import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { passesIntegrityCheck } from '../../src-main/db/connection'
import { openStore } from '../../src-main/db/openStore'
import { SettingsRepository } from '../../src-main/db/repositories/settingsRepository'
import { runWriterAndKill } from '../support/killedWriter'
import { makeTempDirectory } from '../support/tempDirectory'

const rounds = 20
let temp: ReturnType<typeof makeTempDirectory>
beforeAll(() => {
  temp = makeTempDirectory('marginalia-crash')
})
afterAll(() => temp.remove())

describe('a process killed while writing', () => {
  it(`never loses an acknowledged save nor damages the file (${rounds} kills at random moments)`, async () => {
    const databasePath = path.join(temp.path, 'library.sqlite3')
    const acknowledged: number[] = []
    let next = 0
    for (let round = 0; round < rounds; round++) {
      const acked = await runWriterAndKill(databasePath, next, 250)
      acknowledged.push(...acked)
      next = (acked.at(-1) ?? next) + 1
    }
    expect(acknowledged.length).toBeGreaterThan(rounds)

    const store = openStore({ path: databasePath })
    expect(store.notices).toEqual([]) // no recovery was needed: the file was never damaged
    expect(passesIntegrityCheck(store.db)).toBe(true)
    const saved = new SettingsRepository(store.db).readAll()
    const missing = acknowledged.filter((n) => !(`crash-${n}` in saved))
    expect(missing).toEqual([])
    expect(saved[`crash-${acknowledged.at(-1)}`]).toEqual({
      n: acknowledged.at(-1),
      text: 'Hợp tác năng lượng – Сотрудничество',
    })
    store.close()
    // A ceiling against a hang, not a timing: each round starts a process, which a busy machine makes slow.
  }, 600_000)
})
