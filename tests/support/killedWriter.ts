import { spawn } from 'node:child_process'
import path from 'node:path'

/**
 * Run `crashWriter.ts` on a library, SIGKILL it at a random moment within `killWithinMs` of its first save, and
 * return the numbers it acknowledged. Only complete lines count: a line cut by the kill was not acknowledged.
 */
export function runWriterAndKill(databasePath: string, start: number, killWithinMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.resolve('tests/support/crashWriter.ts'), databasePath, String(start)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => {
      const before = output
      output += chunk.toString()
      if (!before.includes('ready') && output.includes('ready')) {
        setTimeout(() => child.kill('SIGKILL'), 20 + Math.random() * killWithinMs)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended without being killed:\n${errors}`))
      const lines = output.split('\n').slice(0, -1)
      resolve(lines.filter((line) => line.startsWith('ack ')).map((line) => Number(line.slice(4))))
    })
  })
}
