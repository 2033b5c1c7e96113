/**
 * The only module that talks to main. Everything else in the renderer calls `api['domain.verb'](…)` and listens
 * with `onMainEvent(…)`; whether that goes through Electron IPC or the browser host is decided here, once.
 */
import type { MainApiChannel, MainApiClient, MainEventName, MainEvents } from '@common/api/contract'
import { ApiError } from './apiError'
import { electronTransport, httpTransport, type Transport } from './transports'

const transport: Transport = electronTransport() ?? httpTransport()

async function call(channel: MainApiChannel, args: unknown[]): Promise<unknown> {
  let result
  try {
    result = await transport.invoke(channel, args)
  } catch {
    throw new ApiError({ code: 'api.unreachable', message: 'The app could not be reached.' })
  }
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

/** Every call of the contract, typed; failures reject with an ApiError. */
export const api = new Proxy({} as MainApiClient, {
  get:
    (_target, channel: string) =>
    (...args: unknown[]) =>
      call(channel as MainApiChannel, args),
})

type EventListener = (name: string, payload: unknown) => void
const listeners = new Set<EventListener>()
let stopTransportEvents: (() => void) | undefined

/** Listen for one kind of event from main; returns the function that stops listening. */
export function onMainEvent<E extends MainEventName>(name: E, listener: (payload: MainEvents[E]) => void): () => void {
  const filtered: EventListener = (eventName, payload) => {
    if (eventName === name) listener(payload as MainEvents[E])
  }
  listeners.add(filtered)
  stopTransportEvents ??= transport.onEvent((eventName, payload) => {
    for (const each of listeners) each(eventName, payload)
  })
  return () => listeners.delete(filtered)
}
