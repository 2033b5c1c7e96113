/**
 * The layer rules fire: ESLint, with the project's own configuration, lints a fixture tree that mirrors src-main/ and
 * src-renderer/ and holds one deliberately wrong import per rule (and an import cycle made only of type imports)
 * beside imports that are right.
 */
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const fixtureTree = path.resolve('tests/fixtures/layers')

describe('layer rules in eslint.config.js', () => {
  it('refuse each wrong import, the import cycle, a feature calling main and the wrong SQL literal in the fixture tree, and nothing else', async () => {
    // The fixtures are in the config's ignores (the repository's own lint must pass); here they are linted on purpose.
    const eslint = new ESLint({ cwd: process.cwd(), ignore: false })
    const results = await eslint.lintFiles([path.join(fixtureTree, 'src-main'), path.join(fixtureTree, 'src-renderer')])
    const problems = results
      .flatMap((result) =>
        result.messages.map((message) => `${path.relative(fixtureTree, result.filePath)} ${message.ruleId}`),
      )
      .sort()
    expect(problems).toEqual([
      'src-main/db/repositories/notesRepository.ts marginalia/sql-single-quotes',
      'src-main/exchange/cycleA.ts marginalia/no-import-cycles',
      'src-main/exchange/cycleB.ts marginalia/no-import-cycles',
      'src-main/handlers/readsDatabase.ts marginalia/import-layers',
      'src-main/importers/writesDatabase.ts marginalia/import-layers',
      'src-main/windows/usesHost.ts marginalia/import-layers',
      'src-renderer/features/alpha/alphaView.ts marginalia/import-layers',
      'src-renderer/features/gamma/callsMain.ts marginalia/features-through-state',
      'src-renderer/ui/usesState.ts marginalia/import-layers',
    ])
  }, 120_000)
})
