import fs from 'node:fs'
import path from 'node:path'

/** What `npm run prepare:electron` writes beside the better-sqlite3 build it made for Electron. */
export type NativeBindingManifest = { electron: string; platform: string; arch: string; binding: string }

/** The folder (inside the app's root) where the Electron-ABI build of better-sqlite3 is kept in development. */
export const electronNativeFolder = '.electron-native'

/**
 * Where the better-sqlite3 binary for this Electron lives. Tests run better-sqlite3 under Node's ABI from
 * node_modules; the desktop app needs one built for Electron's ABI. Keeping that second build in its own folder
 * (and passing it as `nativeBinding`) lets both exist at once, so `npm test` and `npm start` never rebuild each
 * other's binary. Packaged apps are rebuilt for Electron by electron-builder and use the default.
 */
export function resolveElectronNativeBinding(appRoot: string, versions: { electron: string }): string | undefined {
  const manifestPath = path.join(appRoot, electronNativeFolder, 'manifest.json')
  if (!fs.existsSync(manifestPath)) return undefined
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as NativeBindingManifest
  if (
    manifest.electron !== versions.electron ||
    manifest.platform !== process.platform ||
    manifest.arch !== process.arch
  ) {
    return undefined
  }
  const binding = path.join(appRoot, electronNativeFolder, manifest.binding)
  return fs.existsSync(binding) ? binding : undefined
}
