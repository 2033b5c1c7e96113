/**
 * Which dialogs are open, and what each was opened for. A dialog reads its own entry (`useDialog`) and closes
 * itself (`closeDialog`); anything that opens one calls `openDialog` with what the dialog needs. Dialogs mounted
 * once (features/shell/Dialogs.tsx) never take open/close props. Dialogs whose window keeps its own data (search,
 * study, the import and draft reports) keep `open` in their own store beside that data, opened the same way.
 */
import type { ImportFile } from '@common/api/documentsApi'
import type { DocumentSummary } from '@common/model/document'
import { createStore, useStore } from './createStore'
import type { DraftImportTarget } from './draftImport'

/** Every dialog opened through this store, and what it is opened with. */
export type DialogRequests = {
  settings: Record<string, never>
  tagManager: Record<string, never>
  clipboard: Record<string, never>
  /** `tagName` presets the export to every passage carrying that tag (a tag collection's "Export as briefing…"). */
  export: { tagName: string | null }
  /** With `draftOf`, the file becomes that document's next draft instead of a new document. */
  importPreview: { file: ImportFile; draftOf?: DraftImportTarget }
  editDocument: { summary: DocumentSummary }
  deleteDocument: { summary: DocumentSummary }
}

/** The name of a dialog opened through this store. */
export type DialogName = keyof DialogRequests

type OpenDialogs = { [Name in DialogName]?: DialogRequests[Name] }

const dialogStore = createStore<OpenDialogs>({})

/** Open a dialog (or show it again with a new request, if it is open already). */
export function openDialog<Name extends DialogName>(name: Name, request: DialogRequests[Name]): void {
  dialogStore.set((open) => ({ ...open, [name]: request }))
}

/** Close a dialog; closing one that is not open changes nothing. */
export function closeDialog(name: DialogName): void {
  if (!(name in dialogStore.get())) return
  dialogStore.set((open) => {
    const { [name]: _closed, ...rest } = open
    return rest
  })
}

/** What an open dialog was opened with, or null while it is closed; re-renders when that changes. */
export function useDialog<Name extends DialogName>(name: Name): DialogRequests[Name] | null {
  return useStore(dialogStore)[name] ?? null
}
