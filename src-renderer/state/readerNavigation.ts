import { createStore } from './createStore'

/** A request to show a passage: open its document if needed, scroll to it and flash it. */
export type RevealRequest = {
  documentId: string
  start: number
  end: number
  /** Changes with every request, so asking twice for the same passage flashes it twice. */
  serial: number
}

/** The latest reveal request; the reader acts on it. Search results, annotation cards and exports all use it. */
export const revealRequests = createStore<RevealRequest | null>(null)

let serial = 0

/** Ask the reader to open `documentId` and show [start, end) of its canonical text. */
export function revealPassage(documentId: string, start: number, end: number): void {
  revealRequests.set({ documentId, start, end, serial: ++serial })
}
