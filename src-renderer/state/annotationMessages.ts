import { createStore } from './createStore'

/** The last thing annotation actions want the user (and screen readers) to know: an undo, or a failure. */
export type AnnotationMessage =
  | { kind: 'info'; key: string; params?: Record<string, string>; serial: number }
  | { kind: 'error'; error: unknown; serial: number }

/** Read by the panel's live region. */
export const annotationMessages = createStore<AnnotationMessage | null>(null)
let serial = 0

/** Announce something that happened ("Undone: highlight"). */
export function announce(key: string, params?: Record<string, string>): void {
  annotationMessages.set(
    params ? { kind: 'info', key, params, serial: ++serial } : { kind: 'info', key, serial: ++serial },
  )
}

/** Show why an action failed; nothing the user typed is thrown away by the caller. */
export function reportFailure(error: unknown): void {
  annotationMessages.set({ kind: 'error', error, serial: ++serial })
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
