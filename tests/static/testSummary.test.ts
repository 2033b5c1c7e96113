/**
 * The closing lines of a CI run: what was skipped and why, grouped by reason, then `N passed, N failed` last (CI
 * reads that line).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDirectory } from '../support/tempDirectory'

let temp: ReturnType<typeof makeTempDirectory> | undefined
afterEach(() => temp?.remove())

function summaryOf(report: unknown): string[] {
  temp = makeTempDirectory('marginalia-summary')
  const file = path.join(temp.path, 'vitest.json')
  fs.writeFileSync(file, JSON.stringify(report))
  return execFileSync(process.execPath, ['scripts/testSummary.js', file], { encoding: 'utf8' }).trimEnd().split('\n')
}

const skipped = (ancestorTitles: string[], title: string) => ({ ancestorTitles, title, status: 'skipped' })

describe('scripts/testSummary.js', () => {
  it('lists skipped tests by reason, then ends with the passed and failed counts', () => {
    const lines = summaryOf({
      numPassedTests: 40,
      numFailedTests: 1,
      numFailedTestSuites: 1,
      testResults: [
        {
          name: path.resolve('src-main/exporters/docxExporter.test.ts'),
          assertionResults: [
            { ancestorTitles: ['DOCX export of the generated statement'], title: 'keeps numbers', status: 'passed' },
            skipped(['DOCX export of the real joint statement (needs ../shared/corpus)'], 'keeps numbers'),
            skipped(['DOCX export of the real joint statement (needs ../shared/corpus)'], 'anchors comments'),
          ],
        },
        {
          name: path.resolve('src-main/exporters/briefingPdfExporter.test.ts'),
          assertionResults: [
            skipped(['briefing PDF'], 'passes qpdf --check (skipped without qpdf)'),
            skipped([], 'later'),
          ],
        },
      ],
    })
    expect(lines).toEqual([
      'Skipped 4 tests:',
      '  2 needs ../shared/corpus: src-main/exporters/docxExporter.test.ts',
      '  1 skipped without qpdf: src-main/exporters/briefingPdfExporter.test.ts',
      '  1 no reason given in its title: src-main/exporters/briefingPdfExporter.test.ts',
      '40 passed, 1 failed',
    ])
  })

  it('counts a run that stopped before any test as one failure', () => {
    expect(
      execFileSync(process.execPath, ['scripts/testSummary.js', 'no-such-report.json'], { encoding: 'utf8' }).trim(),
    ).toBe('0 passed, 1 failed')
  })
})
