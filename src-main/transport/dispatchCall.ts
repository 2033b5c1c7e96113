import { AppError } from '../common/api/appError'
import type { CallResult } from '../common/api/callResult'
import type { MainApiHandlers } from '../common/api/contract'
import { validateCall } from '../common/api/validateCall'

/** Where unexpected failures are reported; tests pass a silent one. */
export type ErrorLog = (channel: string, error: unknown) => void

const logToStderr: ErrorLog = (channel, error) => {
  console.error(`[marginalia] call '${channel}' failed:`, error)
}

/**
 * Run one call from any transport: validate, call the handler, and turn every failure into a structured error.
 * Unexpected errors are logged here and reach the renderer as `internal`, without a stack or internal detail.
 */
export async function dispatchCall(
  handlers: MainApiHandlers,
  channel: string,
  args: unknown,
  log: ErrorLog = logToStderr,
): Promise<CallResult> {
  try {
    const validArgs = validateCall(channel, args)
    const handler = handlers[channel as keyof MainApiHandlers] as (...callArgs: unknown[]) => unknown
    const value = await handler(...validArgs)
    return { ok: true, value: value === undefined ? null : value }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toPayload() }
    log(channel, error)
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside the app. Your data was not changed.' },
    }
  }
}
