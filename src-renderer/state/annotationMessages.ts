import { createStore } from './createStore'

/**
 * The last thing annotation actions want the user (and screen readers) to know: an undo, a deletion that can be
 * undone, or a failure. A status line is news, not a record: it goes after a few seconds, and with the document.
 */
export type AnnotationMessage =
  | {
      kind: 'info'
      key: string
      params?: Record<string, string | number>
      offersUndo?: boolean
      /** A deletion: backups taken before it still hold what was deleted, so offer to remove it there too. */
      offersBackupErase?: boolean
      serial: number
    }
  | { kind: 'error'; error: unknown; serial: number }

/** Read by the panel's live region. */
export const annotationMessages = createStore<AnnotationMessage | null>(null)
let serial = 0
let expiry: ReturnType<typeof setTimeout> | undefined

/** How long a status line stays; one that offers Undo stays longer, to leave time to reach the button. */
export const statusLifetimeMs = 6_000
export const undoOfferLifetimeMs = 12_000

function show(message: AnnotationMessage, lifetimeMs: number | null): void {
  if (expiry !== undefined) clearTimeout(expiry)
  expiry = undefined
  annotationMessages.set(message)
  if (lifetimeMs === null) return
  expiry = setTimeout(() => {
    expiry = undefined
    annotationMessages.set((current) => (current?.serial === message.serial ? null : current))
  }, lifetimeMs)
}

/**
 * Announce something that happened ("Undone: highlight"); `offersUndo` adds an Undo button to the line, and
 * `offersBackupErase` a button that removes what was deleted from the backups too.
 */
export function announce(
  key: string,
  params?: Record<string, string | number>,
  options: { offersUndo?: boolean; offersBackupErase?: boolean } = {},
): void {
  const message: AnnotationMessage = { kind: 'info', key, serial: ++serial }
  if (params) message.params = params
  if (options.offersUndo) message.offersUndo = true
  if (options.offersBackupErase) message.offersBackupErase = true
  show(message, options.offersUndo ? undoOfferLifetimeMs : statusLifetimeMs)
}

/** Show why an action failed (it stays until the next message or document); the caller keeps what the user typed. */
export function reportFailure(error: unknown): void {
  show({ kind: 'error', error, serial: ++serial }, null)
}

/** Clear the status line (another document was opened, or the one shown was dealt with). */
export function clearMessage(): void {
  if (expiry !== undefined) clearTimeout(expiry)
  expiry = undefined
  annotationMessages.set(null)
}

/** Run an action, reporting a failure instead of throwing. */
export async function attempt(action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action()
    return true
  } catch (error) {
    reportFailure(error)
    return false
  }
}
