/**
 * The one error shape that crosses the process boundary. `code` is stable and names a message in the renderer's
 * catalogues (`errors.<code>`); `message` is an English fallback for logs and tools; `params` fill the message.
 */
export type AppErrorPayload = {
  code: string
  message: string
  params?: Record<string, string | number>
}

/** An error a user can act on. Anything else thrown by a handler reaches the user as `internal`. */
export class AppError extends Error {
  readonly code: string
  readonly params: Record<string, string | number> | undefined

  constructor(code: string, message: string, params?: Record<string, string | number>) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.params = params
  }

  toPayload(): AppErrorPayload {
    return this.params
      ? { code: this.code, message: this.message, params: this.params }
      : { code: this.code, message: this.message }
  }
}
