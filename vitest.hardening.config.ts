import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * The long attack loops (`npm run test:hardening`): API fuzzing, kills while writing, damaged starts. Each loop
 * runs for HARDENING_SECONDS (default 60) and prints its figures; `npm test` runs only the fast checks beside them.
 */
export default defineConfig({
  resolve: { alias: { '@common': resolve('src-main/common') } },
  test: {
    name: 'hardening',
    include: ['tests/hardening/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
  },
})
