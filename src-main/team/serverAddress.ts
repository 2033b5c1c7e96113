import { AppError } from '../common/api/appError'

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * The team server's address, checked: `https://` is required except on this machine (loopback), where a test or
 * an SSH tunnel may serve plain `http://`. Returns the origin, the only one the sync may talk to.
 */
export function checkServerAddress(address: string): URL {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    throw new AppError('team.badAddress', `'${address}' is not a server address (https://…).`)
  }
  const loopback = loopbackHosts.has(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new AppError('team.insecureAddress', 'The server address must start with https:// (except on this machine).')
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new AppError(
      'team.badAddress',
      'Give the address without a user, password or query; they go in their own fields.',
    )
  }
  return url
}

/** A CouchDB database name: lower case letter first, then lower case letters, digits and _$()+-/ (CouchDB's rule). */
export function checkDatabaseName(name: string): string {
  if (!/^[a-z][a-z0-9_$()+/-]{0,237}$/.test(name)) {
    throw new AppError(
      'team.badDatabase',
      'A database name starts with a lower-case letter and has only lower-case letters, digits and _$()+-/.',
    )
  }
  return name
}
