/**
 * `npm run bench [name…]`: runs every `benchmarks/*.bench.ts` (or those whose file name contains a given word)
 * and prints one table. Each row names what is measured, the alternative one would otherwise pick (measured in the
 * same run, so figures compare on any machine) and the ratio of the two.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BenchRow } from './benchRow'

const filters = process.argv.slice(2)
const directory = import.meta.dirname
const files = fs
  .readdirSync(directory)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort()

const rows: BenchRow[] = []
for (const file of files) {
  process.stderr.write(`running ${file}…\n`)
  const module = (await import(pathToFileURL(path.join(directory, file)).href)) as { run: () => Promise<BenchRow[]> }
  rows.push(...(await module.run()))
}

const headers = ['what is measured', 'result', 'against (same run)', 'ratio', 'target', 'verdict'] as const
const table = rows.map((row) => [row.scenario, row.measured, row.alternative, row.ratio, row.target, row.verdict])
const widths = headers.map((header, column) => Math.max(header.length, ...table.map((line) => line[column]!.length)))
const format = (cells: readonly string[]) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
console.log(format(headers))
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
for (const line of table) console.log(format(line))
process.exitCode = rows.some((row) => row.verdict === 'over') ? 1 : 0
