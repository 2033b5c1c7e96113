import { importFormats, type ImportFormat } from './importFormats'

/** Where a document came from: an imported file's format (importFormats.ts), pasted text, or the welcome document. */
export type DocumentFormat = ImportFormat | 'paste' | 'welcome'
/** Every document format, for validation. */
export const documentFormats: readonly DocumentFormat[] = [...importFormats, 'paste', 'welcome']

/** Languages we detect; 'und' when we cannot tell. */
export const documentLanguages = ['vi', 'ru', 'en', 'und'] as const
export type DocumentLanguage = (typeof documentLanguages)[number]

/** The structural role of one block of text. */
export const blockKinds = ['heading', 'paragraph', 'listItem', 'quote', 'tableRow', 'preformatted'] as const
export type BlockKind = (typeof blockKinds)[number]

/** Inline formatting over a block's text, by UTF-16 offsets within that block. Never changes the text itself. */
export type InlineMark = { start: number; end: number; bold?: boolean; italic?: boolean }

/**
 * One block of a document. `text` never contains '\n' (see canonicalText.ts); numbers, dashes and bullets that
 * were in the source stay in `text` exactly as they were.
 */
export type Block = {
  kind: BlockKind
  text: string
  /** Heading level 1–6; list nesting depth from 1. */
  level?: number
  marks?: InlineMark[]
}

/** A block without its text: what the reader needs besides the canonical text to rebuild the block. */
export type BlockLayout = Omit<Block, 'text'>

/** One imported version of a document. Annotations belong to a revision. */
export type Revision = {
  id: string
  documentId: string
  /** 1 for the first import, then 2, 3… for later drafts of the same document. */
  number: number
  blocks: Block[]
  /** The canonical text of `blocks`, stored so that search and anchoring need not rebuild it. */
  text: string
  contentHash: string
  createdAt: string
}

/** A document as the library lists it. */
export type DocumentSummary = {
  id: string
  title: string
  sourceName: string
  format: DocumentFormat
  /** The encoding the text was decoded from ('utf-8', 'windows-1258', …); null when not a text format. */
  encoding: string | null
  language: DocumentLanguage
  sizeBytes: number
  contentHash: string
  createdAt: string
  updatedAt: string
  lastOpenedAt: string | null
  currentRevisionId: string
  revisionCount: number
  annotationCount: number
}

/** Where the reader was when the user last left the document. */
export type ReadingPosition = { offset: number; zoom?: number }
