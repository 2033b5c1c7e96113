#!/usr/bin/env node
/**
 * `npm start`: build, then run the desktop app. Electron's binary is fetched on first use (Electron 42+ no longer
 * downloads it at install, so `npm install` works offline), and better-sqlite3 is built once for Electron's ABI.
 * Where either cannot be had (no internet), the same app opens in the browser instead, so the work still gets done.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { prepare } from './prepareElectron.js'

const root = path.resolve(import.meta.dirname, '..')
const electronPackage = path.join(root, 'node_modules/electron')

function runToEnd(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options }).status === 0
}

/** The Electron executable, downloading it if needed; null when it cannot be had. */
function electronExecutable() {
  const pathFile = path.join(electronPackage, 'path.txt')
  const located = () => {
    if (!fs.existsSync(pathFile)) return null
    const executable = path.join(electronPackage, 'dist', fs.readFileSync(pathFile, 'utf8').trim())
    return fs.existsSync(executable) ? executable : null
  }
  if (located()) return located()
  console.log('Fetching Electron for this machine (once)…')
  // The installer's own output is a stack trace when offline; the sentence below says what matters.
  runToEnd(process.execPath, [path.join(electronPackage, 'install.js')], { timeout: 10 * 60 * 1000, stdio: 'ignore' })
  return located()
}

function startInBrowser(reason) {
  console.log(`${reason} Marginalia will open in your browser instead; use the address below.`)
  const host = spawn(process.execPath, [path.join(root, 'out/main/serve.js'), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  })
  host.on('exit', (code) => process.exit(code ?? 0))
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal))
}

if (!runToEnd(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'])) {
  console.error('The build failed; see the messages above.')
  process.exit(1)
}

const executable = electronExecutable()
if (!executable) {
  startInBrowser('Electron could not be downloaded (this machine seems to be offline).')
} else if (!prepare()) {
  startInBrowser('The database module could not be built for Electron (no internet or no C++ build tools).')
} else {
  const app = spawn(executable, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
  app.on('exit', (code) => process.exit(code ?? 0))
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal))
}
