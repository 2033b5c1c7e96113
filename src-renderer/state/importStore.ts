import type { ImportFile, ImportOptions, ImportWarning } from '@common/api/documentsApi'
import type { DocumentSummary } from '@common/model/document'
import { api } from '../api/client'
import { createStore } from './createStore'

/** What happened to one file of an import. */
export type ImportOutcome =
  | { status: 'working' }
  | { status: 'imported'; document: DocumentSummary; warnings: ImportWarning[] }
  | { status: 'duplicate'; error: unknown }
  | { status: 'refused'; error: unknown }

/** One file of the current import and what became of it. */
export type ImportEntry = { id: number; file: ImportFile; outcome: ImportOutcome }

/** The files of the latest multi-file import, each reported on its own. */
export const importReport = createStore<ImportEntry[]>([])

let nextId = 0

/** Import several files one after another, reporting each as it finishes. */
export async function importFiles(files: readonly ImportFile[]): Promise<void> {
  const entries = files.map((file) => ({ id: ++nextId, file, outcome: { status: 'working' } as ImportOutcome }))
  importReport.set(entries)
  for (const entry of entries) await importOne(entry.id, entry.file, {})
}

/** Import a file that was refused as a duplicate, now that the user said so. */
export function importAgain(entryId: number): Promise<void> {
  const entry = importReport.get().find((each) => each.id === entryId)
  return entry ? importOne(entry.id, entry.file, { allowDuplicate: true }) : Promise.resolve()
}

/** Close the report. */
export function clearImportReport(): void {
  importReport.set([])
}

async function importOne(entryId: number, file: ImportFile, options: ImportOptions): Promise<void> {
  setOutcome(entryId, { status: 'working' })
  try {
    const result = await api['documents.import'](file, options)
    setOutcome(entryId, { status: 'imported', document: result.document, warnings: result.warnings })
  } catch (error) {
    setOutcome(entryId, isDuplicateRefusal(error) ? { status: 'duplicate', error } : { status: 'refused', error })
  }
}

function setOutcome(entryId: number, outcome: ImportOutcome): void {
  importReport.set((entries) => entries.map((entry) => (entry.id === entryId ? { ...entry, outcome } : entry)))
}

/** True when a refusal means "this content is already in the library" (the user may import it again). */
export function isDuplicateRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /duplicate/i.test(code)
}
