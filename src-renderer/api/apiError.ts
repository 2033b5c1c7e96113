import type { AppErrorPayload } from '@common/api/appError'

/** A refused or failed call, as the UI receives it: show `errors.<code>` from the catalogue, filled with `params`. */
export class ApiError extends Error {
  readonly code: string
  readonly params: Record<string, string | number>

  constructor(payload: AppErrorPayload) {
    super(payload.message)
    this.name = 'ApiError'
    this.code = payload.code
    this.params = payload.params ?? {}
  }
}
