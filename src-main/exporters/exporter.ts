import type { BriefingOptions, ExportFormat } from '../common/api/exportApi'
import type { Annotation } from '../common/model/annotation'
import type { DocumentSummary, Revision } from '../common/model/document'
import type { ExportLabels } from './exportLabels'

/** One document in an export: its summary, the revision the annotations belong to, and the chosen annotations. */
export type ExportSection = {
  document: DocumentSummary
  revision: Revision
  /** Already filtered, in reading order. */
  annotations: Annotation[]
}

/** Everything an exporter needs, as plain data: exporters never touch the database. */
export type ExportInput = {
  /** One section for a document export; one per document for a tag collection. */
  sections: ExportSection[]
  /** The title of the whole export: the document's title, or "Tag: energy" for a collection. */
  title: string
  labels: ExportLabels
  options: BriefingOptions
  /** Who made the export (the settings' author name; may be empty). */
  exportedBy: string
  /** ISO time of the export, passed in so output is reproducible in tests. */
  exportedAt: string
  /** The fonts folder (resources/fonts) for exporters that embed fonts. */
  fontsDirectory: string
}

/** Lets an exporter report progress and give the event loop a turn; `pause` throws when the user cancelled. */
export type ExportProgress = {
  report(fraction: number): void
  pause(): Promise<void>
}

/** Thrown by `pause` after a cancel; the service turns it into a 'cancelled' result. */
export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled')
    this.name = 'ExportCancelled'
  }
}

/** One output format. */
export type Exporter = {
  format: ExportFormat
  extension: string
  mimeType: string
  write(input: ExportInput, progress: ExportProgress): Promise<Uint8Array>
}

/** A progress sink for callers that do not care (tests, benchmarks). */
export const silentProgress: ExportProgress = {
  report: () => undefined,
  pause: () => Promise.resolve(),
}
