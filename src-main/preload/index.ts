/**
 * The preload runs in Electron's sandbox, which loads only a single CommonJS file that may require nothing but
 * 'electron' (the build writes index.cjs and inlines the few constants imported here).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { bridgeName, ipcCallChannel, ipcEventChannel, type PreloadBridge } from '../common/api/bridge'

const bridge: PreloadBridge = {
  invoke: (channel, args) => ipcRenderer.invoke(ipcCallChannel, String(channel), Array.isArray(args) ? args : []),
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, name: string, payload: unknown): void => listener(name, payload)
    ipcRenderer.on(ipcEventChannel, forward)
    return () => ipcRenderer.removeListener(ipcEventChannel, forward)
  },
}

contextBridge.exposeInMainWorld(bridgeName, bridge)
