import { binaryCallType, encodeBinaryWire, holdsBytes } from '@common/api/binaryWire'
import { bridgeName, type PreloadBridge } from '@common/api/bridge'
import type { CallResult } from '@common/api/callResult'
import { decodeWire, encodeWire } from '@common/api/wireCodec'
import { browserBase64 } from './base64'

/** How calls and events travel: through the Electron preload, or over HTTP to the browser host. */
export type Transport = {
  invoke(channel: string, args: unknown[]): Promise<CallResult>
  onEvent(listener: (name: string, payload: unknown) => void): () => void
}

const tokenStorageKey = 'marginalia.token'

/** The Electron bridge, when the preload provided one. */
export function electronTransport(): Transport | null {
  const bridge = (window as unknown as Record<string, PreloadBridge | undefined>)[bridgeName]
  return bridge ?? null
}

/**
 * The browser host's transport. The token arrives once in the address fragment (`#token=…`), is kept for this
 * tab in sessionStorage so reloads work, and is removed from the address bar.
 */
export function httpTransport(): Transport {
  const fragment = new URLSearchParams(window.location.hash.slice(1))
  const fromAddress = fragment.get('token')
  if (fromAddress) {
    sessionStorage.setItem(tokenStorageKey, fromAddress)
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  const token = sessionStorage.getItem(tokenStorageKey) ?? ''
  const headers = { Authorization: `Bearer ${token}` }

  return {
    async invoke(channel, args) {
      // File bytes travel as they are, after the call's JSON (no base64, no 10 MB string to build and copy).
      const binary = holdsBytes(args)
      const response = await fetch(`/api/call/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': binary ? binaryCallType : 'application/json' },
        body: binary ? new Blob(encodeBinaryWire({ args }) as BlobPart[]) : encodeWire({ args }, browserBase64),
      })
      return decodeWire(await response.text(), browserBase64) as CallResult
    },
    onEvent(listener) {
      const controller = new AbortController()
      void streamEvents(headers, listener, controller.signal)
      return () => controller.abort()
    },
  }
}

/** Read server-sent events over fetch (EventSource cannot send the token header), reconnecting after failures. */
async function streamEvents(
  headers: Record<string, string>,
  listener: (name: string, payload: unknown) => void,
  signal: AbortSignal,
): Promise<void> {
  let delay = 500
  while (!signal.aborted) {
    try {
      const response = await fetch('/api/events', { headers, signal })
      if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`)
      delay = 500
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const name = /^event: (.*)$/m.exec(frame)?.[1]
          const data = /^data: (.*)$/m.exec(frame)?.[1]
          if (name && data !== undefined) listener(name, decodeWire(data, browserBase64))
        }
      }
    } catch {
      if (signal.aborted) return
    }
    await new Promise((resolve) => setTimeout(resolve, delay))
    delay = Math.min(delay * 2, 10_000)
  }
}
