import { BrowserWindow, nativeTheme } from 'electron'
import { appOrigin } from './appOrigin'
import { lockDownWebContents } from './navigationPolicy'
import { secureWebPreferences } from './webPreferences'

/** Open the library window, hardened, showing the renderer from app://. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Marginalia',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1d1f23' : '#fbfaf7',
    webPreferences: secureWebPreferences(preloadPath),
  })
  lockDownWebContents(window.webContents)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(`${appOrigin}/index.html`)
  return window
}
