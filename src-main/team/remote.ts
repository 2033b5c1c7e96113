import PouchDB from 'pouchdb'
import { AppError } from '../common/api/appError'

/** How to reach the team's database: its URL and the user's credentials (held only in memory here). */
export type RemoteAccess = { origin: string; databaseUrl: string; user: string; password: string }

/**
 * The team's CouchDB database through PouchDB's HTTP adapter. Every request goes through a guard that refuses any
 * other origin (the sync may talk to exactly the configured server), and never creates the database (`skip_setup`):
 * a missing database is an error to report, not something to make.
 */
export function openRemote(access: RemoteAccess): PouchDB {
  const authorization = `Basic ${Buffer.from(`${access.user}:${access.password}`, 'utf8').toString('base64')}`
  const guardedFetch = (url: string | URL, options: RequestInit = {}) => {
    const target = new URL(String(url))
    if (target.origin !== access.origin) return Promise.reject(new Error(`Refused a request to ${target.origin}`))
    const headers = new Headers(options.headers)
    headers.set('Authorization', authorization)
    return fetch(target, { ...options, headers })
  }
  return new PouchDB(access.databaseUrl, { skip_setup: true, fetch: guardedFetch })
}

/** A failed replication as the user should read it: wrong password, no such database, unreachable, certificate. */
export function syncError(error: unknown): AppError {
  const failure = error as {
    status?: number
    name?: string
    message?: string
    code?: string
    cause?: { code?: string }
  }
  const code = failure.code ?? failure.cause?.code ?? ''
  const text = `${failure.message ?? ''} ${code}`
  if (failure.status === 401 || failure.status === 403) {
    return new AppError('team.wrongPassword', 'The server refused the user name or password.')
  }
  if (failure.status === 404) return new AppError('team.noDatabase', 'The server has no such database.')
  if (/CERT|SSL|TLS|self[- ]signed/i.test(text)) {
    return new AppError('team.certificate', 'The server’s certificate could not be trusted.')
  }
  return new AppError('team.unreachable', 'The server could not be reached.')
}

/** Whether a sync failure means "offline" (keep the changes waiting and try later) rather than a setting to fix. */
export function isOffline(error: AppError): boolean {
  return error.code === 'team.unreachable'
}
