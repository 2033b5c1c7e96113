/**
 * The browser host (`npm run serve`): the same services as the desktop app, behind 127.0.0.1 with a per-run
 * token, serving the built renderer. For machines where Electron cannot run, and for end-to-end tests.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import packageJson from '../package.json'
import { composeApp } from './compose'
import { AppError } from './common/api/appError'
import { defaultDataDirectory, libraryPath } from './host/dataDirectory'
import { startHttpHost } from './host/httpHost'
import { parseServeOptions } from './host/serveOptions'

async function main(): Promise<void> {
  const options = parseServeOptions(process.argv.slice(2))
  const databasePath = options.databasePath ?? libraryPath(defaultDataDirectory())
  const app = composeApp({ path: databasePath, host: 'browser', version: packageJson.version })
  const host = await startHttpHost({
    handlers: app.handlers,
    events: app.events,
    rendererDirectory: path.join(import.meta.dirname, '../renderer'),
    token: randomBytes(24).toString('base64url'),
    port: options.port,
  })
  console.log(`Marginalia library: ${app.store.path}`)
  console.log(`Marginalia is running. Open this address in your browser: ${host.url}`)

  let stopping = false
  const stop = async (): Promise<void> => {
    if (stopping) return
    stopping = true
    await host.close()
    await app.shutdown()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError || error instanceof TypeError ? error.message : error)
  process.exit(1)
})
