import { createStore } from './createStore'

/** Whether the export dialog is open, and the tag it was opened for (a tag collection's "Export as briefing…"). */
export type ExportState = { open: boolean; tagName: string | null }

/** The export dialog's state, outside React so the header button and the tag collections both open it. */
export const exportStore = createStore<ExportState>({ open: false, tagName: null })

/** Open the export dialog; with `tagName`, preset to a briefing of every passage carrying that tag. */
export function openExport(tagName: string | null = null): void {
  exportStore.set({ open: true, tagName })
}

/** Close the export dialog. */
export function closeExport(): void {
  exportStore.set((state) => ({ ...state, open: false }))
}
