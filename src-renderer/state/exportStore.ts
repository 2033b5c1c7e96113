import type { ExchangeImportReport, ExportRequest, ExportResult } from '@common/api/exportApi'
import { api, onMainEvent } from '../api/client'
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

/** Run an export; `onProgress` hears how far this job got (0–1) until it ends. */
export async function runExport(request: ExportRequest, onProgress: (fraction: number) => void): Promise<ExportResult> {
  const stopProgress = onMainEvent('export.didProgress', ({ jobId, fraction }) => {
    if (jobId === request.jobId) onProgress(fraction)
  })
  try {
    return await api['export.run'](request)
  } finally {
    stopProgress()
  }
}

/** Ask main to stop an export under way; the run then ends as cancelled. */
export function cancelExport(jobId: string): void {
  void api['export.cancel'](jobId)
}

/** Merge a W3C Web Annotation file (ours or another tool's) into a document's annotations. */
export async function importAnnotationsFile(documentId: string, file: File): Promise<ExchangeImportReport> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  return api['exchange.importW3c'](documentId, { name: file.name, bytes })
}
