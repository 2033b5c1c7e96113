import { z } from 'zod'
import type { ArgSchemas } from './callMap'

/** A message main wants the user to see once, such as a database restored from a backup. */
export type AppNotice = {
  code: string
  params?: Record<string, string | number>
}

/** Facts about the running app that the shell shows. */
export type AppStatus = {
  version: string
  /** 'electron' in the desktop app, 'browser' under `npm run serve`. */
  host: 'electron' | 'browser'
  databasePath: string
  /** Notices raised while starting (recovery from a backup, for instance), shown once by the renderer. */
  notices: AppNotice[]
}

export type AppApi = {
  /** Version, host kind, where the data lives, and start-up notices. */
  'app.getStatus': () => AppStatus
  /**
   * Remove deleted things from the backups too: the trash is emptied for good, then every backup is replaced by one
   * new backup of the library as it is now (older states are given up with it). Answers how many were removed.
   */
  'app.eraseDeletedFromBackups': () => { removed: number }
}

export const appArgs: ArgSchemas<AppApi> = {
  'app.getStatus': z.tuple([]),
  'app.eraseDeletedFromBackups': z.tuple([]),
}

/** Commands the desktop menu asks the renderer to carry out (the renderer owns the dialogs and views). */
export const menuCommands = [
  'import',
  'newFromClipboard',
  'importDraft',
  'findInDocument',
  'searchLibrary',
  'openSettings',
] as const
export type MenuCommand = (typeof menuCommands)[number]

export type AppEvents = {
  /** Something happened that the user should be told about. */
  'app.didRaiseNotice': AppNotice
  /** The user chose a menu item whose work happens in the renderer. */
  'app.didRequestCommand': { command: MenuCommand }
}
