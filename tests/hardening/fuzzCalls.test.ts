/**
 * Every API channel called with hostile and malformed arguments, for the time budget: no call may crash the app,
 * answer an unstructured error, or change anything when it is refused.
 */
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mainApiArgs } from '../../src-main/common/api/contract'
import { composeApp, type ComposedApp } from '../../src-main/compose'
import { inProcessRunner } from '../../src-main/importers/importRunner'
import { dispatchCall } from '../../src-main/transport/dispatchCall'
import { makeTempDirectory } from '../support/tempDirectory'
import { loopBudgetMs, reportFigures } from './budget'

/** Values an attacker or a broken client would send, alone and inside objects and arrays. */
const atoms: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  2 ** 53,
  Number.NaN,
  '',
  ' ',
  'x'.repeat(70_000),
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  "'; DROP TABLE documents; --",
  '%E0%A4%A',
  '\u0000\uFFFF\uD800',
  'Hợp tác năng lượng',
  '00000000-0000-4000-8000-000000000000',
  true,
  [],
  {},
  { __proto__: { polluted: true } },
  new Uint8Array([0, 1, 2, 255]),
]

function randomValue(random: () => number, depth = 0): unknown {
  const pick = random()
  if (depth > 2 || pick < 0.6) return atoms[Math.floor(random() * atoms.length)]
  if (pick < 0.8) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1))
  const keys = ['id', 'documentId', 'start', 'end', 'color', 'tags', 'comment', 'title', 'text', 'name', 'bytes']
  return Object.fromEntries(
    Array.from({ length: Math.floor(random() * 5) }, () => [
      keys[Math.floor(random() * keys.length)]!,
      randomValue(random, depth + 1),
    ]),
  )
}

/** A seeded generator, so that a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return (state >>> 8) / 8_388_608
  }
}

/** Everything the library holds, to prove a refused call changed nothing. */
function snapshot(app: ComposedApp): string {
  const tables = ['documents', 'revisions', 'annotations', 'comments', 'tags', 'annotation_tags', 'settings']
  return tables
    .map((table) => JSON.stringify(app.store.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()))
    .join('\n')
}

let temp: ReturnType<typeof makeTempDirectory>
let app: ComposedApp
beforeAll(async () => {
  temp = makeTempDirectory('marginalia-fuzz')
  app = composeApp({
    path: path.join(temp.path, 'library.sqlite3'),
    host: 'browser',
    version: 'fuzz',
    importRunner: inProcessRunner,
  })
  const { document } = await app.services.documents.importText('9. Hai bên nhất trí.\n\n10. Tăng cường hợp tác.', {})
  app.services.annotations.create({ documentId: document.id, start: 3, end: 10, color: 'yellow', comment: 'Gốc' })
})
afterAll(async () => {
  await app.shutdown()
  temp.remove()
})

describe('fuzzing every API call', () => {
  it('refuses malformed calls clearly and a refused call changes nothing', async () => {
    const random = seeded(Number(process.env.HARDENING_SEED ?? 12_345))
    // Calls that stop the app's own work or ask the OS for a file are not fuzzed here.
    const channels = Object.keys(mainApiArgs).filter((channel) => !channel.startsWith('export.run'))
    const deadline = Date.now() + loopBudgetMs
    let calls = 0
    let refused = 0
    let internal = 0
    while (Date.now() < deadline) {
      const channel = channels[Math.floor(random() * channels.length)]!
      const args = Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random))
      const before = snapshot(app)
      const result = await dispatchCall(app.handlers, channel, args, () => {})
      calls++
      if (!result.ok) {
        refused++
        if (result.error.code === 'internal') internal++
        expect(snapshot(app), `${channel} ${JSON.stringify(args).slice(0, 200)}`).toBe(before)
      }
    }
    reportFigures('fuzz', { calls, refused, payloads: atoms.length, internalErrors: internal })
    expect(internal).toBe(0)
    expect(calls).toBeGreaterThan(0)
  })
})
