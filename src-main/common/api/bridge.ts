import type { CallResult } from './callResult'

/** The name under which the preload exposes the bridge on `window`. */
export const bridgeName = 'marginalia'

/** The single IPC channel carrying calls (the contract channel travels as an argument and is checked in main). */
export const ipcCallChannel = 'marginalia:call'
/** The single IPC channel carrying events from main. */
export const ipcEventChannel = 'marginalia:event'

/**
 * All the preload gives the renderer: send a call, listen for events. Never `ipcRenderer` itself, so a page can
 * reach nothing but the contract's channels.
 */
export type PreloadBridge = {
  invoke(channel: string, args: unknown[]): Promise<CallResult>
  onEvent(listener: (name: string, payload: unknown) => void): () => void
}
