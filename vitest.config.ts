import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '@common': resolve('src-main/common') }

/**
 * Two projects: `unit` (pure code and integration against real temporary SQLite files, in parallel) and `e2e`
 * (the built browser host driven by Chromium, one file at a time). A JSON report feeds CI's summary line.
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'src-main/**/*.test.ts',
            'src-renderer/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/electron/**/*.test.ts',
            'tests/static/**/*.test.ts',
            'src-renderer/**/*.test.tsx',
          ],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // Bounds, not waits: a passing test ends as soon as the page shows what it waits for. They are wide so that
          // a machine with every core busy elsewhere (load 10 and more on 2 cores) is slow, not failing.
          testTimeout: 120_000,
          // The page updates after the server answers: assertions about what it shows poll until it settles.
          expect: { poll: { timeout: 30_000, interval: 100 } },
          // One more try for a browser test that timed out on a starved machine; a real failure fails twice.
          retry: 1,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
