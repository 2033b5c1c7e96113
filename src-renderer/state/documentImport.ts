/**
 * Importing one document the user looked at first (the import preview, pasted text, the welcome document): each
 * action stores the document and opens it in the reader. Several files at once go through importStore.ts.
 */
import type { ImportFile, ImportOptions, ImportPreview } from '@common/api/documentsApi'
import { api } from '../api/client'
import { openDocument } from './readerStore'

/** What `file` would become if imported (title, language, encoding, sample, duplicate), without storing it. */
export function previewImport(file: ImportFile): Promise<ImportPreview> {
  return api['documents.previewImport'](file)
}

/**
 * Store `file` as a new document; `beforeOpen` runs once it is stored (the dialog closes there), then the reader
 * opens it. A refused file rejects and changes nothing.
 */
export async function importPreviewedFile(
  file: ImportFile,
  options: ImportOptions,
  beforeOpen: () => void,
): Promise<void> {
  const result = await api['documents.import'](file, options)
  beforeOpen()
  await openDocument(result.document.id)
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
