#!/usr/bin/env node
/**
 * Print the suite's closing line, `N passed, N failed`, from vitest's JSON report. When the report is missing
 * (typecheck, lint or the build failed before any test ran), that failed step counts as one failure.
 */
import fs from 'node:fs'

const reportPath = process.argv[2] ?? 'test-results/vitest.json'
if (!fs.existsSync(reportPath)) {
  console.log('0 passed, 1 failed')
  process.exit(0)
}
const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'))
const failed = report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0)
const skipped = report.numPendingTests + report.numTodoTests
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
