import type { MainApiHandlers } from '../common/api/contract'

/**
 * Wrap every handler so that `acknowledge` runs when it has finished, before its answer reaches any transport: the
 * count of saves kept outside the WAL then covers every save the user was told about. Synchronous handlers stay
 * synchronous.
 */
export function acknowledgingWrites(handlers: MainApiHandlers, acknowledge: () => void): MainApiHandlers {
  const wrapped: Record<string, (...args: unknown[]) => unknown> = {}
  for (const [channel, handler] of Object.entries(handlers) as [string, (...args: unknown[]) => unknown][]) {
    wrapped[channel] = (...args) => {
      let result: unknown
      try {
        result = handler(...args)
      } catch (error) {
        acknowledge()
        throw error
      }
      if (result instanceof Promise) return result.finally(acknowledge)
      acknowledge()
      return result
    }
  }
  return wrapped as MainApiHandlers
}
