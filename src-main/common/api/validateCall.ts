import { AppError } from './appError'
import { isMainApiChannel, mainApiArgs, type MainApi, type MainApiChannel } from './contract'

/**
 * Check one incoming call against the contract. Throws an AppError with code `api.unknownChannel` or
 * `api.invalidArguments` (naming the first offending argument) instead of letting bad input reach a handler.
 */
export function validateCall<C extends MainApiChannel>(channel: C, args: unknown): Parameters<MainApi[C]>
export function validateCall(channel: string, args: unknown): unknown[]
export function validateCall(channel: string, args: unknown): unknown[] {
  if (!isMainApiChannel(channel)) {
    throw new AppError('api.unknownChannel', `There is no call named '${channel}'.`, { channel })
  }
  if (!Array.isArray(args)) {
    throw new AppError('api.invalidArguments', `Arguments to '${channel}' must be a list.`, { channel, detail: 'args' })
  }
  const parsed = mainApiArgs[channel].safeParse(args)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? issue.path.join('.') : 'arguments'
    const detail = `${where}: ${issue?.message ?? 'invalid'}`
    throw new AppError('api.invalidArguments', `Invalid arguments to '${channel}' (${detail}).`, { channel, detail })
  }
  return parsed.data as unknown[]
}
