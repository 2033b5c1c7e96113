import os from 'node:os'
import path from 'node:path'

/** The app's name as Electron uses it for its user-data folder. */
export const appFolderName = 'Marginalia'

/**
 * The folder Electron's `app.getPath('userData')` gives on each system, so the desktop app and the browser host
 * open the same library: ~/.config/Marginalia (Linux, or $XDG_CONFIG_HOME), ~/Library/Application Support/Marginalia
 * (macOS), %APPDATA%\Marginalia (Windows).
 */
export function defaultDataDirectory(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), appFolderName)
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', appFolderName)
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), appFolderName)
}

/** The library file inside a data folder. */
export function libraryPath(dataDirectory: string): string {
  return path.join(dataDirectory, 'library.sqlite3')
}
