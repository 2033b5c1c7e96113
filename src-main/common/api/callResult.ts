import type { AppErrorPayload } from './appError'

/** What every transport sends back for one call: a value, or a structured error. Never a stack trace. */
export type CallResult<T = unknown> = { ok: true; value: T } | { ok: false; error: AppErrorPayload }
