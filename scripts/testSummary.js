#!/usr/bin/env node
/**
 * Print what the suite skipped and why, then its closing line, `N passed, N failed`, from vitest's JSON report.
 * A skipped test gives its reason in its own or its suite's title, in brackets ("(needs ../shared/corpus)",
 * "(skipped without qpdf)"); skips are grouped by that reason so a run that left out a whole area says so. When the
 * report is missing (typecheck, lint or the build failed before any test ran), that failed step counts as one failure.
 */
import fs from 'node:fs'
import path from 'node:path'

const reportPath = process.argv[2] ?? 'test-results/vitest.json'
if (!fs.existsSync(reportPath)) {
  console.log('0 passed, 1 failed')
  process.exit(0)
}
const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'))

/** The first bracketed reason in a suite or test title, outermost first: a skipped suite explains its tests. */
function skipReason(assertion) {
  for (const title of [...(assertion.ancestorTitles ?? []), assertion.title ?? '']) {
    const reason = /\(([^()]*\b(?:needs|without|skipped)\b[^()]*)\)/.exec(title)?.[1]
    if (reason) return reason
  }
  return 'no reason given in its title'
}

const skippedStatuses = new Set(['skipped', 'pending', 'todo'])
/** @type {Map<string, { count: number, files: Set<string> }>} */
const skipsByReason = new Map()
for (const file of report.testResults ?? []) {
  for (const assertion of file.assertionResults ?? []) {
    if (!skippedStatuses.has(assertion.status)) continue
    const reason = skipReason(assertion)
    const entry = skipsByReason.get(reason) ?? { count: 0, files: new Set() }
    entry.count += 1
    entry.files.add(path.relative(process.cwd(), file.name))
    skipsByReason.set(reason, entry)
  }
}

const skipped = [...skipsByReason.values()].reduce((sum, entry) => sum + entry.count, 0)
if (skipped > 0) {
  console.log(`Skipped ${skipped} test${skipped === 1 ? '' : 's'}:`)
  for (const [reason, entry] of [...skipsByReason].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${entry.count} ${reason}: ${[...entry.files].sort().join(', ')}`)
  }
}
const failed = report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0)
console.log(`${report.numPassedTests} passed, ${failed} failed`)
