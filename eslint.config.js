import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { featuresThroughStateRule } from './eslint/featuresThroughState.js'
import { noImportCyclesRule } from './eslint/importCycles.js'
import { importLayersRule } from './eslint/importLayers.js'
import { sqlSingleQuotesRule } from './eslint/sqlQuotes.js'

/**
 * The project's own rules: the layers' dependency direction, no import cycles, features reaching main only through
 * state/, and single-quoted SQL.
 */
const marginalia = {
  rules: {
    'features-through-state': featuresThroughStateRule,
    'import-layers': importLayersRule,
    'no-import-cycles': noImportCyclesRule,
    'sql-single-quotes': sqlSingleQuotesRule,
  },
}

/** Node built-ins and native/desktop modules: never in the renderer or the shared core. */
const platformModules = [
  'electron',
  'better-sqlite3',
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'worker_threads',
]

const platformPatterns = platformModules.map((name) => ({
  group: [name],
  message: 'The renderer and src-main/common must run in a browser: no Node, Electron or SQLite here.',
}))

export default tseslint.config(
  {
    ignores: [
      'out/**',
      '.out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      '.electron-native/**',
      // Deliberately wrong imports, linted by tests/static/layerRules.test.ts to prove the rules fire.
      'tests/fixtures/layers/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { marginalia },
    rules: {
      'marginalia/features-through-state': 'error',
      'marginalia/import-layers': 'error',
      'marginalia/no-import-cycles': 'error',
      'marginalia/sql-single-quotes': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...platformPatterns,
            {
              group: ['**/src-main/**', '!**/src-main/common/**'],
              message: 'The renderer talks to main only through api/client.ts and the shared core (@common).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...platformPatterns,
            { group: ['react', 'react-dom', 'lexical', '@lexical/*'], message: 'The shared core knows no UI.' },
            {
              group: [
                '**/db/**',
                '**/services/**',
                '**/transport/**',
                '**/host/**',
                '**/windows/**',
                '**/importers/**',
                '**/exporters/**',
                '**/src-renderer/**',
              ],
              message: 'The shared core imports only itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/common/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'lexical', '@lexical/*'],
              message: 'Main never imports React or the editor.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: [
      'src-main/common/**',
      'src-main/index.ts',
      'src-main/windows/**',
      'src-main/transport/electronIpc.ts',
      'src-main/preload/**',
      'src-main/electron/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only the thin Electron shell (index.ts, windows/, preload/, electron/, transport/electronIpc.ts) may import electron.',
            },
          ],
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'lexical', '@lexical/*'],
              message: 'Main never imports React or the editor.',
            },
          ],
        },
      ],
    },
  },
)
