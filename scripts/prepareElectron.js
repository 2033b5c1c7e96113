#!/usr/bin/env node
/**
 * Build better-sqlite3 for the installed Electron's ABI into .electron-native/, BESIDE the Node build in
 * node_modules (which the tests use), so neither `npm test` nor `npm start` ever rebuilds the other's binary.
 * The desktop app passes this file to better-sqlite3 as `nativeBinding` (src-main/electron/nativeBinding.ts).
 *
 * Tries the published prebuilt binary first (prebuild-install; needs internet, no compiler), then compiles from
 * source against Electron's headers (node-gyp; needs internet for the headers and a C++ toolchain).
 * `--check` only reports whether a matching build is present (exit 1 when not).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const nativeFolder = path.join(root, '.electron-native')
const manifestPath = path.join(nativeFolder, 'manifest.json')
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version
const slot = `${process.platform}-${process.arch}-electron-${electronVersion}`

/** True when a build for this Electron, platform and architecture is already there. */
export function isPrepared() {
  if (!fs.existsSync(manifestPath)) return false
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
  return (
    manifest.electron === electronVersion &&
    manifest.platform === process.platform &&
    manifest.arch === process.arch &&
    fs.existsSync(path.join(nativeFolder, manifest.binding))
  )
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' })
  return result.status === 0
}

/** Build (or fetch) the Electron-ABI binary; returns true on success. */
export function prepare() {
  if (isPrepared()) return true
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-native-'))
  try {
    const source = path.join(root, 'node_modules/better-sqlite3')
    for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
      fs.cpSync(path.join(source, entry), path.join(work, entry), { recursive: true })
    }
    const bin = path.join(root, 'node_modules/.bin')
    const target = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`]
    const fetched = run(path.join(bin, 'prebuild-install'), [...target, '--platform', process.platform], work)
    const built =
      fetched ||
      run(
        path.join(bin, 'node-gyp'),
        ['rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'],
        work,
      )
    const binary = path.join(work, 'build/Release/better_sqlite3.node')
    if (!built || !fs.existsSync(binary)) return false
    fs.mkdirSync(path.join(nativeFolder, slot), { recursive: true })
    fs.copyFileSync(binary, path.join(nativeFolder, slot, 'better_sqlite3.node'))
    const manifest = {
      electron: electronVersion,
      platform: process.platform,
      arch: process.arch,
      binding: `${slot}/better_sqlite3.node`,
    }
    fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
    return true
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  if (process.argv.includes('--check')) {
    const ready = isPrepared()
    console.log(
      ready
        ? `better-sqlite3 is built for Electron ${electronVersion}.`
        : `better-sqlite3 is not yet built for Electron ${electronVersion}: run npm run prepare:electron.`,
    )
    process.exit(ready ? 0 : 1)
  }
  process.exit(prepare() ? 0 : 1)
}
