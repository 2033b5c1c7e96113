import { AppError } from '../common/api/appError'

/** Placeholder for a call whose contract is fixed but whose service is still being built. */
export function notBuiltYet(): never {
  throw new AppError('internal', 'Not built yet.')
}
