/** Running an export (with its progress and Cancel) and merging a W3C annotation file, for the export dialog. */
import type { ExchangeImportReport, ExportRequest, ExportResult } from '@common/api/exportApi'
import { api, onMainEvent } from '../api/client'

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
