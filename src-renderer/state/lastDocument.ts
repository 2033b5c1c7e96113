/**
 * Which document was open last, kept in the window's own storage so that a reload or a restart reopens it (at the
 * position main saved for it). Storage may be unavailable (a locked-down profile): the app then simply starts empty.
 */
const storageKey = 'marginalia.lastDocument'

/** Remember the open document (null: none is open). */
export function rememberLastDocument(documentId: string | null): void {
  try {
    if (documentId) localStorage.setItem(storageKey, documentId)
    else localStorage.removeItem(storageKey)
  } catch {
    // Nothing to do: reopening is a convenience.
  }
}

/** The document open last, if any was remembered. */
export function lastDocument(): string | null {
  try {
    return localStorage.getItem(storageKey)
  } catch {
    return null
  }
}
