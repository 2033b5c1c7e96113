import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { passesIntegrityCheck } from '../../src-main/db/connection'
import { openStore } from '../../src-main/db/openStore'
import { SettingsRepository } from '../../src-main/db/repositories/settingsRepository'
import { makeTempDirectory } from '../support/tempDirectory'

const rounds = 20
let temp: ReturnType<typeof makeTempDirectory>
beforeAll(() => {
  temp = makeTempDirectory('marginalia-crash')
})
afterAll(() => temp.remove())

/** Run the writer, kill it with SIGKILL after a random delay, and return the numbers it acknowledged. */
function runAndKill(databasePath: string, start: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.resolve('tests/support/crashWriter.ts'), databasePath, String(start)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => {
      const before = output
      output += chunk.toString()
      if (!before.includes('ready') && output.includes('ready')) {
        setTimeout(() => child.kill('SIGKILL'), 20 + Math.random() * 250)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended without being killed:\n${errors}`))
      // Only complete lines count: a line cut by the kill was not acknowledged.
      const acked = output
        .split('\n')
        .slice(0, -1)
        .filter((line) => line.startsWith('ack '))
        .map((line) => Number(line.slice(4)))
      resolve(acked)
    })
  })
}

describe('a process killed while writing', () => {
  it(`never loses an acknowledged save nor damages the file (${rounds} kills at random moments)`, async () => {
    const databasePath = path.join(temp.path, 'library.sqlite3')
    const acknowledged: number[] = []
    let next = 0
    for (let round = 0; round < rounds; round++) {
      const acked = await runAndKill(databasePath, next)
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
  }, 120_000)
})
