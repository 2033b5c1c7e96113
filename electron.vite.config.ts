import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { contentSecurityPolicyForMeta } from './src-main/appPages/contentSecurityPolicy'

/** Write the app's CSP into the built index.html (dev mode needs Vite's inline scripts, so only in builds). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'marginalia-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicyForMeta}" />`,
      ),
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src-main/index.ts'),
          serve: resolve('src-main/serve.ts'),
          // Untrusted files are parsed in this separate process (see src-main/importers/worker.ts).
          importWorker: resolve('src-main/importers/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Electron's sandbox loads only one CommonJS file that requires nothing but 'electron'.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve('src-renderer'),
    resolve: { alias: { '@common': resolve('src-main/common') } },
    publicDir: resolve('resources/public'),
    build: {
      rollupOptions: { input: resolve('src-renderer/index.html') },
      // No inline data: URLs for fonts and images, so the CSP stays strict.
      assetsInlineLimit: 0,
    },
    plugins: [react(), contentSecurityPolicyMeta()],
  },
})
