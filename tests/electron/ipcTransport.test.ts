import { describe, expect, it, vi } from 'vitest'
import { ipcCallChannel } from '../../src-main/common/api/bridge'
import type { MainApiHandlers } from '../../src-main/common/api/contract'
import { defaultSettings } from '../../src-main/common/model/settings'
import { EventBus } from '../../src-main/services/eventBus'

type IpcHandler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>
const registered = new Map<string, IpcHandler>()

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: IpcHandler) => registered.set(channel, handler),
    removeHandler: (channel: string) => registered.delete(channel),
  },
  webContents: { getAllWebContents: () => [] },
}))

const { registerIpc } = await import('../../src-main/transport/electronIpc')
const { isAppUrl } = await import('../../src-main/windows/appOrigin')

describe('the Electron IPC transport', () => {
  const get = vi.fn(() => defaultSettings)
  const handlers = { 'settings.get': get } as unknown as MainApiHandlers
  registerIpc(handlers, new EventBus(), (frame) => frame !== null && isAppUrl(frame.url))
  const invoke = registered.get(ipcCallChannel)!

  it("answers the app's own page through the same dispatcher as the browser host", async () => {
    await expect(invoke({ senderFrame: { url: 'app://marginalia/index.html' } }, 'settings.get', [])).resolves.toEqual({
      ok: true,
      value: defaultSettings,
    })
  })

  it('refuses any other sender before running anything', async () => {
    get.mockClear()
    for (const senderFrame of [{ url: 'https://example.org/' }, { url: 'file:///tmp/x.html' }, null]) {
      await expect(invoke({ senderFrame }, 'settings.get', [])).resolves.toMatchObject({
        ok: false,
        error: { code: 'api.untrustedSender' },
      })
    }
    expect(get).not.toHaveBeenCalled()
  })

  it('validates arguments there too', async () => {
    await expect(
      invoke({ senderFrame: { url: 'app://marginalia/' } }, 'settings.update', [{ theme: 'neon' }]),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'api.invalidArguments' },
    })
  })
})
