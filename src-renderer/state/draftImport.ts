import type { DraftImportOptions, ImportFile } from '@common/api/documentsApi'
import type { DocumentSummary } from '@common/model/document'
import type { DraftReport } from '@common/model/draft'
import { api } from '../api/client'
import { pushCommand } from './commandStack'
import { createStore } from './createStore'
import { showDraftReport } from './draftReport'
import { leaveDraftView } from './draftView'
import { refreshLibrary } from './libraryStore'
import { openDocument } from './readerStore'

/** The document a new draft is being imported for: the file picker is open, then the preview in "draft" mode. */
export type DraftImportTarget = { documentId: string; title: string; nextDraft: number }

/** A request to choose the file of a new draft; the draft controls answer it with a file picker. */
export const draftImportRequest = createStore<{ target: DraftImportTarget; serial: number } | null>(null)

let serial = 0

/** The draft-import target for a document as the library lists it. */
function draftTargetOf(summary: DocumentSummary): DraftImportTarget {
  return { documentId: summary.id, title: summary.title, nextDraft: summary.revisionCount + 1 }
}

/** Ask for the file of the next draft of `summary` (opens the file picker). */
export function requestDraftImport(summary: DocumentSummary): void {
  draftImportRequest.set({ target: draftTargetOf(summary), serial: ++serial })
}

/**
 * Import `file` as the next draft of `documentId`: main carries every annotation over in one transaction. The
 * reader then shows the new draft and the report opens. Undo removes the draft again; redo re-imports the file.
 */
export async function importDraft(
  documentId: string,
  file: ImportFile,
  options: DraftImportOptions,
): Promise<DraftReport> {
  const report = await storeDraft(documentId, file, options)
  showDraftReport(report)
  pushCommand({
    label: 'drafts.undo.import',
    undo: async () => {
      await api['drafts.undoImport'](documentId)
      await reopen(documentId)
    },
    redo: async () => {
      await storeDraft(documentId, file, options)
    },
  })
  return report
}

async function storeDraft(documentId: string, file: ImportFile, options: DraftImportOptions): Promise<DraftReport> {
  const report = await api['documents.importDraft'](documentId, file, options)
  await reopen(documentId)
  return report
}

/** Show the newest draft of the document in the reader and the new revision count in the library. */
async function reopen(documentId: string): Promise<void> {
  leaveDraftView()
  await Promise.all([openDocument(documentId), refreshLibrary().catch(() => undefined)])
}
