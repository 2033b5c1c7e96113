/**
 * No import cycles in the app: a cycle (even through `import type`) means two modules are one idea split in two,
 * and it makes load order matter. The checker is proved on a deliberate cycle in the fixture tree.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findImportCycles, readImportGraph } from '../support/importGraph'

const aliases = { '@common': path.resolve('src-main/common') }

describe('import cycles', () => {
  it('there are none in src-main, src-renderer, tests and benchmarks', () => {
    const graph = readImportGraph(
      ['src-main', 'src-renderer', 'tests/support', 'tests/integration', 'benchmarks'].map((folder) =>
        path.resolve(folder),
      ),
      aliases,
    )
    expect(graph.size).toBeGreaterThan(100)
    const cycles = findImportCycles(graph).map((cycle) => cycle.map((file) => path.relative(process.cwd(), file)))
    expect(cycles).toEqual([])
  })

  it('the checker finds a cycle made only of type imports', () => {
    const cycles = findImportCycles(readImportGraph([path.resolve('tests/fixtures/layers/cycle')]))
    expect(cycles.map((cycle) => cycle.map((file) => path.basename(file)))).toEqual([['cycleA.ts', 'cycleB.ts']])
  })
})
