import { z } from 'zod'
import {
  documentLanguages,
  type BlockLayout,
  type DocumentLanguage,
  type DocumentSummary,
  type ReadingPosition,
  type Revision,
} from '../model/document'
import type { DraftCandidate, DraftReport } from '../model/draft'
import type { IncomingSummary } from '../model/incomingAnnotation'
import type { ArgSchemas } from './callMap'

/** The largest file `documents.import` accepts (64 MiB); the import dialog can state it before the user tries. */
export const maxImportBytes = 64 * 1024 * 1024

/** A file the user chose, dropped or pasted: its bytes travel from the renderer (works in both hosts). */
export type ImportFile = {
  name: string
  bytes: Uint8Array
  /** Set when the user overrode the detected encoding in the import preview. */
  encoding?: string
}

/** What the import preview shows before anything is stored. */
export type ImportPreview = {
  title: string
  format: DocumentSummary['format']
  /** Encoding chosen (detected, or the override); null for formats that carry their own (DOCX, PDF). */
  encoding: string | null
  /** Encodings the user may pick instead, most likely first. */
  encodingChoices: string[]
  language: DocumentLanguage
  /** The first few thousand characters of the canonical text, as it will be stored. */
  sample: string
  blockCount: number
  characterCount: number
  /** Report lines such as 'import.imagesDropped', each an i18n code with params. */
  warnings: ImportWarning[]
  /** A document with the same content already in the library, if any. */
  duplicateOf: DocumentSummary | null
  /** A document whose newest draft shares most of its paragraphs with this file: offer "Import as draft N+1". */
  draftCandidate: DraftCandidate | null
  /** Annotations the file brings (Word comments, PDF markup) and tracked changes accepted; absent when none. */
  incoming?: IncomingSummary
  /** Main keeps this parse under this id until Import: `documents.importPreviewed` stores it without the bytes. */
  previewId: string
}

export type ImportWarning = { code: string; params?: Record<string, string | number> }

/** Choices made in the preview, applied when importing. */
export type ImportOptions = {
  title?: string
  language?: DocumentLanguage
  /** Import even though the same content is already in the library. */
  allowDuplicate?: boolean
}

/** Choices for importing a file as the next draft of a document (the encoding override travels in the file). */
export type DraftImportOptions = {
  /** The language of the new draft, when the user corrected it in the preview. */
  language?: DocumentLanguage
}

export type ImportResult = { document: DocumentSummary; warnings: ImportWarning[] }

/** A document opened in the reader: its metadata, current revision (blocks and canonical text), and position. */
export type DocumentDetail = {
  summary: DocumentSummary
  revision: Revision
  readingPosition: ReadingPosition | null
}

/** A block as the reader first gets it: kind, level and marks, its text's length, and the text of a heading. */
export type ReaderBlock = BlockLayout & { length: number; text?: string }

/**
 * A document opened in the reader, in two parts so that the first screen need not wait for megabytes of text:
 * part 'window' has every block's layout and length (enough to size the scrollbar, place offsets and list the
 * outline) and the text of the blocks around the reading position; part 'whole' has all of the text, once.
 * A short text comes whole in the first part.
 */
export type ReaderDocument = {
  summary: DocumentSummary
  revision: Omit<Revision, 'blocks' | 'text'> & {
    blocks: ReaderBlock[]
    /** The canonical text of blocks [firstBlock, firstBlock + n): a run of whole blocks joined by '\n'. */
    text: string
    firstBlock: number
    /** True when `text` is the revision's whole canonical text. */
    whole: boolean
  }
  readingPosition: ReadingPosition | null
}

/** Which part of a document the reader asks for (see ReaderDocument). */
export const readerParts = ['window', 'whole'] as const
export type ReaderPart = (typeof readerParts)[number]

export type DocumentsApi = {
  /** All documents in the library, most recently imported first (deleted ones excluded). */
  'documents.list': () => DocumentSummary[]
  /** One document with its current revision, for the reader. Marks it as opened now. */
  'documents.open': (documentId: string) => DocumentDetail
  /**
   * documents.open in the reader's shape (see ReaderDocument): 'window' first, which marks the document opened,
   * then 'whole' once the first screen is drawn.
   */
  'documents.openForReader': (documentId: string, part: ReaderPart) => ReaderDocument
  /**
   * The canonical text of blocks [fromBlock, toBlock) of one of a document's revisions (clamped to its blocks): the
   * reader fetches the rest of a long text in slices after part 'window', so no one reply takes long to read.
   */
  'documents.readerText': (documentId: string, revisionId: string, fromBlock: number, toBlock: number) => string
  /** Parse a file without storing it: what it would become, and whether it is already in the library. */
  'documents.previewImport': (file: ImportFile) => ImportPreview
  /** Parse and store a file as a new document. A refused file leaves the library unchanged. */
  'documents.import': (file: ImportFile, options: ImportOptions) => ImportResult
  /**
   * Store the file the preview answering `previewId` parsed, without its bytes travelling again. Refused with
   * `import.previewGone` (nothing changes) once main no longer keeps it: another preview replaced it, it was
   * imported, or the app restarted; send the file with `documents.import` then.
   */
  'documents.importPreviewed': (previewId: string, options: ImportOptions) => ImportResult
  /**
   * Import `file` as the next draft of a document: every annotation of the newest draft is carried over onto it and
   * classified (exact, moved, reworded, orphaned) in one transaction. Returns the report, which stays reopenable.
   * The same content as the newest draft, an empty file or a deleted document is refused and changes nothing.
   */
  'documents.importDraft': (documentId: string, file: ImportFile, options: DraftImportOptions) => DraftReport
  /** Store pasted text as a new document. */
  'documents.importText': (text: string, options: ImportOptions) => ImportResult
  /** Rename a document or correct its language. */
  'documents.update': (documentId: string, patch: { title?: string; language?: DocumentLanguage }) => DocumentSummary
  /** Move a document to the trash; it can be restored until the app next starts. */
  'documents.delete': (documentId: string) => void
  /** Undo a delete. */
  'documents.restore': (documentId: string) => DocumentSummary
  /** Remember where the reader was. */
  'documents.saveReadingPosition': (documentId: string, position: ReadingPosition) => void
  /** The bilingual welcome document, created on first use. */
  'documents.openWelcome': () => DocumentSummary
}

const id = z.string().uuid()
const fileName = z.string().min(1).max(1024)
const importFile = z.object({
  name: fileName,
  bytes: z.instanceof(Uint8Array),
  encoding: z.string().max(64).optional(),
})
const importOptions = z
  .object({
    title: z.string().max(1000).optional(),
    language: z.enum(documentLanguages).optional(),
    allowDuplicate: z.boolean().optional(),
  })
  .strict()

export const documentsArgs: ArgSchemas<DocumentsApi> = {
  'documents.list': z.tuple([]),
  'documents.open': z.tuple([id]),
  'documents.openForReader': z.tuple([id, z.enum(readerParts)]),
  'documents.readerText': z.tuple([id, id, z.number().int().min(0), z.number().int().min(0)]),
  'documents.previewImport': z.tuple([importFile]),
  'documents.import': z.tuple([importFile, importOptions]),
  'documents.importPreviewed': z.tuple([id, importOptions]),
  'documents.importDraft': z.tuple([id, importFile, z.object({ language: z.enum(documentLanguages).optional() })]),
  'documents.importText': z.tuple([z.string().max(64 * 1024 * 1024), importOptions]),
  'documents.update': z.tuple([
    id,
    z
      .object({ title: z.string().min(1).max(1000).optional(), language: z.enum(documentLanguages).optional() })
      .strict(),
  ]),
  'documents.delete': z.tuple([id]),
  'documents.restore': z.tuple([id]),
  'documents.saveReadingPosition': z.tuple([
    id,
    z.object({ offset: z.number().int().min(0), zoom: z.number().min(0.5).max(3).optional() }).strict(),
  ]),
  'documents.openWelcome': z.tuple([]),
}

export type DocumentsEvents = {
  /** Documents were added, changed or removed. */
  'documents.didChange': { documentIds: string[] }
}
