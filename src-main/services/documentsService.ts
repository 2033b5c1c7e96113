import { createHash } from 'node:crypto'
import { AppError } from '../common/api/appError'
import type {
  DocumentDetail,
  ImportFile,
  ReaderDocument,
  ReaderPart,
  ImportOptions,
  ImportPreview,
  ImportResult,
  ImportWarning,
} from '../common/api/documentsApi'
import type {
  Block,
  DocumentFormat,
  DocumentLanguage,
  DocumentSummary,
  ReadingPosition,
} from '../common/model/document'
import { newId, nowIso } from '../common/model/ids'
import { canonicalText } from '../common/text/canonicalText'
import { detectLanguage } from '../common/text/detectLanguage'
import { documentTitle } from '../common/text/documentTitle'
import type { DraftCandidate } from '../common/model/draft'
import type { DocumentsRepository } from '../db/repositories/documentsRepository'
import type { RevisionsRepository } from '../db/repositories/revisionsRepository'
import { importRefusals, maxImportBytes } from '../importers/importErrors'
import type { ImportRunner } from '../importers/importRunner'
import type { EventBus } from './eventBus'
import type { ReaderLayout } from '../common/model/readerLayout'
import { blocksText, readerRevision, type StoredText } from './readerParts'
import { summarizeIncoming, type IncomingAnnotation } from '../common/model/incomingAnnotation'
import { unplacedWarning, type IncomingAnnotationsWriter } from './incomingAnnotations'
import type { ErasureScheduler } from './leftoverEraser'
import type { Transaction } from './transaction'
import { PreviewedFile } from './previewedFile'

/** What the service needs; the composition root provides real ones, tests a temp database. */
export type DocumentsServiceDeps = {
  documents: DocumentsRepository
  revisions: RevisionsRepository
  transaction: Transaction
  events: EventBus
  /** Stores the annotations a file brings (Word comments, PDF markup) with it. */
  incoming: IncomingAnnotationsWriter
  /** Parses untrusted files, in a separate process in the app. */
  runner: ImportRunner
  /** The welcome document's Markdown source, read from resources/welcome/. */
  welcomeSource: () => { name: string; bytes: Uint8Array }
  /** A document whose newest draft shares most paragraphs with these blocks (the preview offers "draft N+1"). */
  findDraftCandidate?: (blocks: readonly Block[]) => DraftCandidate | null
  /** Scrubs a purged document's text and a replaced title from the file. */
  erasure?: ErasureScheduler
}

/** How much of the text the import preview shows. */
const previewCharacters = 4000

/** A parsed text ready to store: everything but the ids. */
export type PreparedImport = {
  blocks: Block[]
  text: string
  contentHash: string
  title: string
  language: DocumentLanguage
  format: DocumentFormat
  encoding: string | null
  encodingChoices: string[]
  sourceName: string
  sizeBytes: number
  warnings: ImportWarning[]
  incoming: IncomingAnnotation[]
  trackedChanges: number
}

/** The library: importing, listing, opening, renaming and removing documents. */
export class DocumentsService {
  private readonly previewed = new PreviewedFile<PreparedImport>()
  /** The layout of the revision the reader opened last, for the slices of its text that follow. */
  private lastLayout: { revisionId: string; layout: ReaderLayout } | null = null

  constructor(private readonly deps: DocumentsServiceDeps) {}

  /** Every document in the library, most recently imported first. */
  list(): DocumentSummary[] {
    return this.deps.documents.listSummaries()
  }

  /** A document with its current revision and reading position; records that it was opened. */
  open(documentId: string): DocumentDetail {
    const state = this.liveState(documentId)
    const revision = this.deps.revisions.current(documentId)
    if (!revision) throw notFound(documentId)
    this.deps.documents.markOpened(documentId, nowIso())
    this.changed([documentId])
    return { summary: this.summary(documentId), revision, readingPosition: state.readingPosition }
  }

  /** open() in the reader's shape, in parts (see ReaderDocument); the first part records that it was opened. */
  openForReader(documentId: string, part: ReaderPart): ReaderDocument {
    const state = this.liveState(documentId)
    const stored = this.deps.revisions.currentForReader(documentId)
    if (!stored) throw notFound(documentId)
    if (part === 'window') {
      this.deps.documents.markOpened(documentId, nowIso())
      this.changed([documentId])
    }
    const offset = state.readingPosition?.offset ?? 0
    const { revision, layout } = stored
    this.lastLayout = { revisionId: revision.id, layout }
    return {
      summary: this.summary(documentId),
      revision: readerRevision(revision, layout, this.storedText(revision.id), part, offset),
      readingPosition: state.readingPosition,
    }
  }

  /** The text of some blocks of a revision, for the reader (see documents.readerText). */
  readerText(documentId: string, revisionId: string, fromBlock: number, toBlock: number): string {
    this.liveState(documentId)
    // The reader asks for one revision's slices in a row: its layout is read once (a revision's never changes).
    const cached = this.lastLayout?.revisionId === revisionId ? this.lastLayout.layout : null
    const owned = cached && this.deps.revisions.currentId(documentId) === revisionId
    const layout = owned ? cached : this.deps.revisions.readerLayout(documentId, revisionId)
    if (!layout) throw notFound(documentId)
    this.lastLayout = { revisionId, layout }
    return blocksText(layout, this.storedText(revisionId), fromBlock, toBlock)
  }

  private storedText(revisionId: string): StoredText {
    return {
      whole: () => this.deps.revisions.text(revisionId),
      slice: (start, count) => this.deps.revisions.textSlice(revisionId, start, count),
    }
  }

  /** What a file would become, without storing anything. */
  async previewImport(file: ImportFile): Promise<ImportPreview> {
    const prepared = await this.prepareFile(file, {})
    const previewId = this.previewed.keep(file, prepared)
    return {
      previewId,
      title: prepared.title,
      format: prepared.format,
      encoding: prepared.encoding,
      encodingChoices: prepared.encodingChoices,
      language: prepared.language,
      sample: prepared.text.slice(0, previewCharacters),
      blockCount: prepared.blocks.length,
      characterCount: prepared.text.length,
      warnings: prepared.warnings,
      duplicateOf: this.deps.documents.findByContentHash(prepared.contentHash),
      incoming:
        prepared.incoming.length + prepared.trackedChanges > 0
          ? summarizeIncoming(prepared.incoming, prepared.trackedChanges)
          : undefined,
      draftCandidate: this.deps.findDraftCandidate?.(prepared.blocks) ?? null,
    }
  }

  /** Parse and store a file as a new document. A refusal leaves the library unchanged. */
  async import(file: ImportFile, options: ImportOptions): Promise<ImportResult> {
    const previewed = this.previewed.take(file)
    return this.store(
      previewed ? withImportOptions(previewed, options) : await this.prepareFile(file, options),
      options,
    )
  }

  /** Store what the preview `previewId` parsed, once; refused, changing nothing, when it is no longer kept. */
  importPreviewed(previewId: string, options: ImportOptions): ImportResult {
    const previewed = this.previewed.findById(previewId)
    if (!previewed) {
      throw new AppError(
        'import.previewGone',
        'The previewed file is no longer kept (another file was previewed since, or the app restarted). Send the file again.',
      )
    }
    // Kept until stored: a refusal (a duplicate) changes nothing, and "Import again" still needs no bytes.
    const result = this.store(withImportOptions(previewed, options), options)
    this.previewed.release(previewId)
    return result
  }

  /** Store pasted text as a new document, parsed in the import worker like a file (a huge paste never blocks main). */
  async importText(text: string, options: ImportOptions): Promise<ImportResult> {
    const bytes = new TextEncoder().encode(text)
    const parsed = await this.deps.runner.parse({ name: '', bytes, options: {}, pasted: true })
    return this.store(this.prepare(parsed, { name: '', sizeBytes: bytes.length }, options), options)
  }

  /** Rename a document or correct its language. */
  update(documentId: string, patch: { title?: string; language?: DocumentLanguage }): DocumentSummary {
    this.liveState(documentId)
    const title = cleanTitle(patch.title)
    if (patch.title !== undefined && !title) {
      throw new AppError('documents.emptyTitle', 'A document needs a title.')
    }
    this.deps.documents.update(documentId, { title, language: patch.language }, nowIso())
    if (title !== undefined) this.deps.erasure?.schedule()
    this.changed([documentId])
    return this.summary(documentId)
  }

  /** Move a document to the trash; `restore` undoes it until the app next starts. */
  delete(documentId: string): void {
    this.liveState(documentId)
    this.deps.documents.setDeletedAt(documentId, nowIso())
    this.changed([documentId])
  }

  /** Take a document back out of the trash. */
  restore(documentId: string): DocumentSummary {
    if (!this.deps.documents.getState(documentId)) throw notFound(documentId)
    this.deps.documents.setDeletedAt(documentId, null)
    this.changed([documentId])
    return this.summary(documentId)
  }

  /** Remember where the reader was (no event: nothing the library shows changes). */
  saveReadingPosition(documentId: string, position: ReadingPosition): void {
    this.liveState(documentId)
    this.deps.documents.saveReadingPosition(documentId, position)
  }

  /** The bilingual welcome document: the one in the library, or a new one from resources/welcome/. */
  async openWelcome(): Promise<DocumentSummary> {
    const existing = this.deps.documents.findByFormat('welcome')
    if (existing) return existing
    const source = this.deps.welcomeSource()
    const parsed = await this.deps.runner.parse({ name: source.name, bytes: source.bytes, options: {} })
    const prepared = this.prepare(
      { ...parsed, format: 'welcome' },
      { name: source.name, sizeBytes: source.bytes.length },
      // Bilingual by design: neither language describes it.
      { language: 'und' },
    )
    return this.store(prepared, { allowDuplicate: true }).document
  }

  /** Remove for good what was deleted in an earlier session. Called once at start. */
  purgeTrash(): string[] {
    const purged = this.deps.transaction(() => this.deps.documents.purgeDeleted())
    if (purged.length > 0) this.deps.erasure?.schedule()
    return purged
  }

  /**
   * Parse a file the way `import` does (every format and encoding, the encoding override in `file.encoding`, through
   * the import runner) without storing it: importing a new draft uses this too.
   */
  async prepareFile(file: ImportFile, options: ImportOptions): Promise<PreparedImport> {
    // Refuse what needs no parsing here, without copying the bytes into a worker.
    if (file.bytes.length > maxImportBytes) throw importRefusals.tooLarge(file.bytes.length)
    if (file.bytes.length === 0) throw importRefusals.empty()
    const parsed = await this.deps.runner.parse({
      name: file.name,
      bytes: file.bytes,
      options: file.encoding ? { encoding: file.encoding } : {},
    })
    return this.prepare(parsed, { name: file.name, sizeBytes: file.bytes.length }, options)
  }

  private prepare(
    parsed: {
      blocks: Block[]
      encoding: string | null
      encodingChoices: string[]
      warnings: ImportWarning[]
      format: DocumentFormat
      titleHint?: string
      incoming?: IncomingAnnotation[]
      trackedChanges?: number
    },
    source: { name: string; sizeBytes: number },
    options: ImportOptions,
  ): PreparedImport {
    const text = canonicalText(parsed.blocks)
    const title = cleanTitle(options.title)
    return {
      blocks: parsed.blocks,
      text,
      contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
      title: title || documentTitle(parsed.blocks, source.name || null, parsed.titleHint),
      language: options.language ?? detectLanguage(text),
      format: parsed.format,
      encoding: parsed.encoding,
      encodingChoices: parsed.encodingChoices,
      sourceName: source.name.normalize('NFC'),
      sizeBytes: source.sizeBytes,
      warnings: [...parsed.warnings, ...[unplacedWarning(parsed.incoming ?? [])].filter((line) => line !== null)],
      incoming: parsed.incoming ?? [],
      trackedChanges: parsed.trackedChanges ?? 0,
    }
  }

  /** Store document and first revision in one transaction, refusing an unasked-for duplicate. */
  private store(prepared: PreparedImport, options: ImportOptions): ImportResult {
    const id = newId()
    const createdAt = nowIso()
    this.deps.transaction(() => {
      const duplicate = this.deps.documents.findByContentHash(prepared.contentHash)
      if (duplicate && !options.allowDuplicate) {
        throw new AppError(
          'import.duplicate',
          `The same text is already in the library as '${duplicate.title}'. Import it again only if you mean to.`,
          { title: duplicate.title },
        )
      }
      this.deps.documents.insert({ id, createdAt, ...pick(prepared) })
      const revisionId = newId()
      this.deps.revisions.insert({
        id: revisionId,
        documentId: id,
        number: 1,
        blocks: prepared.blocks,
        text: prepared.text,
        contentHash: prepared.contentHash,
        createdAt,
      })
      const target = { documentId: id, revisionId, blocks: prepared.blocks, text: prepared.text }
      this.deps.incoming.store(target, prepared.incoming, createdAt)
    })
    this.changed([id])
    return { document: this.summary(id), warnings: prepared.warnings }
  }

  private liveState(documentId: string): NonNullable<ReturnType<DocumentsRepository['getState']>> {
    const state = this.deps.documents.getState(documentId)
    if (!state || state.deletedAt !== null) throw notFound(documentId)
    return state
  }

  private summary(documentId: string): DocumentSummary {
    const summary = this.deps.documents.getSummary(documentId)
    if (!summary) throw notFound(documentId)
    return summary
  }

  private changed(documentIds: string[]): void {
    this.deps.events.emit('documents.didChange', { documentIds })
  }
}

/** A title as typed, in NFC on one line; undefined when none was given. */
function cleanTitle(title: string | undefined): string | undefined {
  return title?.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** A file prepared for its preview, with the title and language the user chose there (else what the text suggests). */
function withImportOptions(prepared: PreparedImport, options: ImportOptions): PreparedImport {
  return {
    ...prepared,
    title: cleanTitle(options.title) || prepared.title,
    language: options.language ?? prepared.language,
  }
}

function pick(prepared: PreparedImport) {
  const { title, sourceName, format, encoding, language, sizeBytes, contentHash } = prepared
  return { title, sourceName, format, encoding, language, sizeBytes, contentHash }
}

function notFound(documentId: string): AppError {
  return new AppError('documents.notFound', 'This document is no longer in the library.', { documentId })
}
