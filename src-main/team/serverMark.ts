import type PouchDB from 'pouchdb'

/**
 * The mark a library leaves in the team's database: a `_local` document (never replicated, so colleagues never see
 * it) holding the sequence up to which this library has pulled. A database without the mark, or with another
 * sequence, is not the one this library last synced with: deleted and made again, restored from a backup, or a
 * sync was cut off between the two writes. The checkpoint kept here would then skip its changes, and records
 * marked as sent may not be on it.
 */
const markPrefix = '_local/marginalia-sync-'

/** The pulled sequence (as JSON) this library last marked on the server, or null when it left no mark there. */
export async function readServerMark(remote: PouchDB, libraryId: string): Promise<string | null> {
  // Asked first so that a missing database reports as such, not as a missing mark.
  await remote.info()
  const mark = await getMark(remote, libraryId)
  return typeof mark?.pulled === 'string' ? mark.pulled : null
}

/** Mark the server with the sequence (as JSON) this library has now pulled up to. */
export async function writeServerMark(remote: PouchDB, libraryId: string, pulled: string): Promise<void> {
  const mark = await getMark(remote, libraryId)
  await remote.put({ _id: markPrefix + libraryId, ...(mark ? { _rev: mark._rev } : {}), pulled })
}

async function getMark(remote: PouchDB, libraryId: string): Promise<{ _rev: string; pulled?: unknown } | null> {
  try {
    return (await remote.get(markPrefix + libraryId)) as { _rev: string; pulled?: unknown }
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}
