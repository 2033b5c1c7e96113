/**
 * The app is killed (SIGKILL) while it indexes a long text after its import: the next start resumes from the queue
 * and finishes, search finds a word of the last paragraph, and no block is indexed twice.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { composeApp } from '../../src-main/compose'
import { openStore } from '../../src-main/db/openStore'
import { inProcessRunner } from '../../src-main/importers/importRunner'
import { insertDocument } from '../support/libraryFixtures'
import { closingWords, largeTreatyText } from '../support/largeTreatyText'
import { makeTempDirectory } from '../support/tempDirectory'

let temp: ReturnType<typeof makeTempDirectory> | undefined
afterEach(() => {
  temp?.remove()
  temp = undefined
})

/** Run the indexing child and kill it once it has committed `slices` slices; resolves with the last block it reported. */
function indexAndKill(databasePath: string, slices: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.resolve('tests/support/indexingWorker.ts'), databasePath],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.split('\n').filter((line) => line.startsWith('indexed ')).length >= slices) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL')
        return reject(new Error(`the indexer ended without being killed:\n${output}\n${errors}`))
      const reported = output
        .split('\n')
        .slice(0, -1)
        .filter((line) => /^indexed \d+$/.test(line))
        .map((line) => Number(line.slice('indexed '.length)))
      resolve(reported.at(-1) ?? 0)
    })
  })
}

describe('an app killed while it indexes a long text', () => {
  it('finishes the index at the next start: the last paragraph is found and no block is indexed twice', async () => {
    temp = makeTempDirectory('marginalia-index-killed')
    const databasePath = path.join(temp.path, 'library.sqlite3')
    const text = largeTreatyText(300_000)
    const seeding = openStore({ path: databasePath })
    const { documentId } = insertDocument(seeding.db, 'Treaty compilation', text.paragraphs)
    seeding.close()

    const reached = await indexAndKill(databasePath, 8)
    expect(reached).toBeGreaterThan(0)
    expect(reached).toBeLessThan(text.paragraphs.length)

    const app = composeApp({ path: databasePath, host: 'browser', version: 'test', importRunner: inProcessRunner })
    try {
      const queued = app.store.db.prepare(`SELECT next_block FROM search_text_queue`).all() as { next_block: number }[]
      expect(queued.map((row) => row.next_block >= reached)).toEqual([true])
      await app.textIndexer.whenIdle()
      const response = app.services.search.query({ text: closingWords })
      expect(response.pendingDocuments).toBe(0)
      expect(response.groups.flatMap((group) => group.hits.map((hit) => hit.snippet.text))).toEqual([
        expect.stringContaining(closingWords),
      ])
      const db = app.store.db
      const twice = db
        .prepare(
          `SELECT block_index FROM search_entries WHERE kind = 'text' AND document_id = ?
           GROUP BY block_index HAVING count(*) > 1`,
        )
        .all(documentId)
      expect(twice).toEqual([])
      const textRows = (
        db
          .prepare(`SELECT count(*) AS n FROM search_entries WHERE kind = 'text' AND document_id = ?`)
          .get(documentId) as {
          n: number
        }
      ).n
      expect(textRows).toBe(text.paragraphs.length)
      const entries = (db.prepare(`SELECT count(*) AS n FROM search_entries`).get() as { n: number }).n
      const indexed = (db.prepare(`SELECT count(*) AS n FROM search_index_docsize`).get() as { n: number }).n
      expect(indexed).toBe(entries)
    } finally {
      await app.shutdown()
    }
  }, 120_000)
})
