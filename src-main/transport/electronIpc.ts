import { ipcMain, webContents, type WebFrameMain } from 'electron'
import { ipcCallChannel, ipcEventChannel } from '../common/api/bridge'
import type { CallResult } from '../common/api/callResult'
import type { MainApiHandlers } from '../common/api/contract'
import type { EventBus } from '../services/eventBus'
import { dispatchCall } from './dispatchCall'

/** Decides whether an IPC message comes from one of the app's own pages. */
export type FrameCheck = (frame: WebFrameMain | null) => boolean

/**
 * Answer calls from the app's own pages over Electron IPC and forward every event to them. A sender that is not
 * the app's own page (a navigated-away frame, an iframe) is refused before its arguments are even read.
 */
export function registerIpc(handlers: MainApiHandlers, events: EventBus, isTrustedFrame: FrameCheck): () => void {
  ipcMain.handle(ipcCallChannel, async (event, channel: unknown, args: unknown): Promise<CallResult> => {
    if (!isTrustedFrame(event.senderFrame)) {
      return {
        ok: false,
        error: { code: 'api.untrustedSender', message: 'Refused: the call did not come from the app.' },
      }
    }
    return dispatchCall(handlers, String(channel), args)
  })
  const unsubscribe = events.subscribe((name, payload) => {
    for (const contents of webContents.getAllWebContents()) {
      if (!contents.isDestroyed() && isTrustedFrame(contents.mainFrame)) contents.send(ipcEventChannel, name, payload)
    }
  })
  return () => {
    ipcMain.removeHandler(ipcCallChannel)
    unsubscribe()
  }
}
