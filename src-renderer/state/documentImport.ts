/**
 * Importing one document the user looked at first (the import preview, pasted text, the welcome document): each
 * action stores the document and opens it in the reader. Several files at once go through importStore.ts.
 */
import type { ImportFile, ImportOptions, ImportPreview, ImportResult } from '@common/api/documentsApi'
import { ApiError } from '../api/apiError'
import { api } from '../api/client'
import { openDocument } from './readerStore'

/** What `file` would become if imported (title, language, encoding, sample, duplicate), without storing it. */
export function previewImport(file: ImportFile): Promise<ImportPreview> {
  return api['documents.previewImport'](file)
}

/**
 * Store `file` as a new document; `beforeOpen` runs once it is stored (the dialog closes there), then the reader
 * opens it. A refused file rejects and changes nothing. With the id of the preview shown for exactly this file (and
 * encoding), main stores what it parsed then and the bytes are not sent again (megabytes encoded and sent before
 * anything could be stored); if main no longer keeps that preview, the file is sent after all.
 */
export async function importPreviewedFile(
  file: ImportFile,
  options: ImportOptions,
  beforeOpen: () => void,
  previewId?: string,
): Promise<void> {
  const result = previewId
    ? await importByPreview(previewId, file, options)
    : await api['documents.import'](file, options)
  beforeOpen()
  await openDocument(result.document.id)
}

async function importByPreview(previewId: string, file: ImportFile, options: ImportOptions): Promise<ImportResult> {
  try {
    return await api['documents.importPreviewed'](previewId, options)
  } catch (error) {
    if (error instanceof ApiError && error.code === 'import.previewGone') return api['documents.import'](file, options)
    throw error
  }
}

/** Store pasted text as a new document, then (after `beforeOpen`) open it in the reader. */
export async function importPastedText(text: string, options: ImportOptions, beforeOpen: () => void): Promise<void> {
  const result = await api['documents.importText'](text, options)
  beforeOpen()
  await openDocument(result.document.id)
}

/** Create the welcome document on first use (or find it) and open it in the reader. */
export async function openWelcomeDocument(): Promise<void> {
  const summary = await api['documents.openWelcome']()
  await openDocument(summary.id)
}
