/**
 * The desktop app's composition root: one instance, one library, one hardened window. Everything but the window,
 * menu, dialogs and IPC lives in plain Node modules shared with the browser host (see compose.ts).
 */
import path from 'node:path'
import { app, type BrowserWindow, dialog, Menu, session } from 'electron'
import { AppError } from './common/api/appError'
import { composeApp, type ComposedApp } from './compose'
import { blockNetworkRequests } from './electron/blockNetwork'
import { safeStorageSecrets } from './electron/safeSecrets'
import { resolveElectronNativeBinding } from './electron/nativeBinding'
import { utilityProcessLauncher } from './electron/utilityImportWorker'
import { IsolatedImportRunner } from './importers/isolatedRunner'
import { libraryPath } from './host/dataDirectory'
import { registerIpc } from './transport/electronIpc'
import { buildApplicationMenu } from './windows/applicationMenu'
import { isAppUrl } from './windows/appOrigin'
import { registerAppSchemeAsPrivileged, serveRendererOnAppScheme } from './windows/appProtocol'
import { createMainWindow } from './windows/mainWindow'
import { menuLabels } from './windows/menuLabels'
import { lockDownWebContents } from './windows/navigationPolicy'

registerAppSchemeAsPrivileged()
app.setName('Marginalia')

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let composed: ComposedApp | undefined
  let window: BrowserWindow | undefined

  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents))

  void app.whenReady().then(() => {
    blockNetworkRequests(session.defaultSession)
    try {
      composed = composeApp({
        path: libraryPath(app.getPath('userData')),
        host: 'electron',
        version: app.getVersion(),
        nativeBinding: app.isPackaged ? undefined : resolveElectronNativeBinding(app.getAppPath(), process.versions),
        importRunner: new IsolatedImportRunner(utilityProcessLauncher(import.meta.dirname)),
        secrets: safeStorageSecrets(app.getPath('userData')),
        // Exports are saved where the user picks in the native dialog; main writes the file there.
        chooseSavePath: async (suggestedName) => {
          const options = { defaultPath: path.join(app.getPath('documents'), suggestedName) }
          const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
          return choice.canceled || !choice.filePath ? null : choice.filePath
        },
      })
    } catch (error) {
      dialog.showErrorBox('Marginalia', error instanceof AppError ? error.message : String(error))
      app.exit(1)
      return
    }
    const { handlers, events, services } = composed
    serveRendererOnAppScheme(path.join(import.meta.dirname, '../renderer'))
    registerIpc(handlers, events, (frame) => frame !== null && isAppUrl(frame.url))

    const applyMenu = (): void => {
      const chosen = services.settings.get().language
      const language = chosen === 'system' ? (app.getLocale().startsWith('vi') ? 'vi' : 'en') : chosen
      Menu.setApplicationMenu(
        buildApplicationMenu(menuLabels[language], (command) => events.emit('app.didRequestCommand', { command })),
      )
    }
    applyMenu()
    events.subscribe((name) => {
      if (name === 'settings.didChange') applyMenu()
    })

    window = createMainWindow(path.join(import.meta.dirname, '../preload/index.cjs'))
  })

  app.on('window-all-closed', () => app.quit())

  let shuttingDown = false
  app.on('before-quit', (event) => {
    if (!composed || shuttingDown) return
    event.preventDefault()
    shuttingDown = true
    void composed.shutdown().finally(() => app.exit(0))
  })
}
