import { z } from 'zod'
import { annotationColors, type AnnotationColor } from '../model/annotation'
import { interfaceLanguages, type InterfaceLanguage } from '../model/settings'
import type { ArgSchemas } from './callMap'

/** Formats the app exports to; each is one exporter in src-main/exporters. */
export const exportFormats = ['briefingPdf', 'docx', 'w3c', 'markdown', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** Which annotations go into an export. Empty or missing lists mean "all". */
export type ExportFilter = {
  /** Tag names (compared case-insensitively); an annotation qualifies when it carries any of them. */
  tags?: string[]
  colors?: AnnotationColor[]
  authors?: string[]
  status?: 'all' | 'open' | 'resolved'
}

/** Choices for the briefing PDF. */
export type BriefingOptions = {
  /** 'fullText': the whole document with highlights; 'excerpts': only annotated passages with a little context. */
  layout: 'fullText' | 'excerpts'
  /** Where numbered comment notes go in the full-text layout. */
  notes: 'margin' | 'footer'
  paper: 'A4' | 'Letter'
  /** Printed on the title page and in every page header, e.g. "MẬT / CONFIDENTIAL". */
  classification?: string
  /** Add a "Changes since draft N" section: each annotated passage that changed since draft N, with its redline. */
  changesSinceDraft?: number
}

/** What to export: one document, or every passage carrying a tag across the library (grouped by document). */
export type ExportSource = { kind: 'document'; documentId: string } | { kind: 'tag'; tagName: string }

export type ExportRequest = {
  /** Chosen by the renderer so it can match progress events and cancel before the call returns. */
  jobId: string
  format: ExportFormat
  source: ExportSource
  filter: ExportFilter
  briefing: BriefingOptions
  /** Language of the labels printed in the export (the interface language). */
  language: InterfaceLanguage
}

/**
 * How the file reached the user. The Electron app asks for a path in a native save dialog and main writes there
 * ('saved'); the browser host cannot write where the user chooses, so it returns the bytes for the page to offer
 * as a download ('download'). 'cancelled' when the user closed the dialog or pressed Cancel.
 */
export type ExportResult =
  | { status: 'saved'; fileName: string; path: string }
  | { status: 'download'; fileName: string; mimeType: string; bytes: Uint8Array }
  | { status: 'cancelled' }

/** The outcome of importing a W3C Web Annotation file into a document. */
export type ExchangeImportReport = {
  created: number
  updated: number
  /** Already present and not older: left as they were. */
  unchanged: number
  /** Imported, but their quote was not found in the text: listed under "needs attention". */
  orphaned: number
}

export type ExportApi = {
  /** Build an export and deliver it (save dialog in the desktop app, download in the browser host). */
  'export.run': (request: ExportRequest) => ExportResult
  /** Stop a running export; nothing is left behind. Unknown or finished jobs are ignored. */
  'export.cancel': (jobId: string) => void
  /** Merge a W3C Web Annotation file (ours or another tool's) into a document's annotations, by id. */
  'exchange.importW3c': (documentId: string, file: { name: string; bytes: Uint8Array }) => ExchangeImportReport
}

const id = z.string().uuid()
const shortText = z.string().max(200)

const exportRequest = z
  .object({
    jobId: id,
    format: z.enum(exportFormats),
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('document'), documentId: id }).strict(),
      z.object({ kind: z.literal('tag'), tagName: z.string().min(1).max(200) }).strict(),
    ]),
    filter: z
      .object({
        tags: z.array(shortText).max(500).optional(),
        colors: z.array(z.enum(annotationColors)).optional(),
        authors: z.array(shortText).max(500).optional(),
        status: z.enum(['all', 'open', 'resolved']).optional(),
      })
      .strict(),
    briefing: z
      .object({
        layout: z.enum(['fullText', 'excerpts']),
        notes: z.enum(['margin', 'footer']),
        paper: z.enum(['A4', 'Letter']),
        classification: z.string().max(120).optional(),
        changesSinceDraft: z.number().int().min(1).max(100_000).optional(),
      })
      .strict(),
    language: z.enum(interfaceLanguages),
  })
  .strict()

export const exportArgs: ArgSchemas<ExportApi> = {
  'export.run': z.tuple([exportRequest]),
  'export.cancel': z.tuple([id]),
  'exchange.importW3c': z.tuple([
    id,
    z.object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) }).strict(),
  ]),
}

export type ExportEvents = {
  /** An export moved on: `fraction` from 0 to 1. */
  'export.didProgress': { jobId: string; fraction: number }
}
