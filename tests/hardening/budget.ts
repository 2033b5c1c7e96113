import fs from 'node:fs'
import path from 'node:path'

/** How long each loop runs, in milliseconds (HARDENING_SECONDS, default 60). */
export const loopBudgetMs = Number(process.env.HARDENING_SECONDS ?? 60) * 1000

/** Record a loop's figures for the README's security section (test-results/hardening.json) and print them. */
export function reportFigures(loop: string, figures: Record<string, number>): void {
  const file = path.resolve('test-results/hardening.json')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
  all[loop] = figures
  fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`)
  console.log(`[hardening] ${loop}: ${JSON.stringify(figures)}`)
}
