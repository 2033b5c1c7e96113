import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../common/api/appApi'
import type { MenuLabels } from './menuLabels'

/** Build the native menu; items whose work happens in the renderer are sent there as commands. */
export function buildApplicationMenu(labels: MenuLabels, send: (command: MenuCommand) => void): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: labels.file,
      submenu: [
        { label: labels.import, accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: labels.newFromClipboard, accelerator: 'CmdOrCtrl+Shift+V', click: () => send('newFromClipboard') },
        { label: labels.importDraft, accelerator: 'CmdOrCtrl+Shift+D', click: () => send('importDraft') },
        { type: 'separator' },
        { label: labels.settings, accelerator: 'CmdOrCtrl+,', click: () => send('openSettings') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'copy' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: labels.findInDocument, accelerator: 'CmdOrCtrl+F', click: () => send('findInDocument') },
        { label: labels.searchLibrary, accelerator: 'CmdOrCtrl+Shift+F', click: () => send('searchLibrary') },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: labels.help, role: 'help', submenu: [{ label: labels.about, role: 'about' }] },
  ]
  return Menu.buildFromTemplate(template)
}
