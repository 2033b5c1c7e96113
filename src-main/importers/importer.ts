import type { ImportWarning } from '../common/api/documentsApi'
import type { Block } from '../common/model/document'
import type { ImportFormat } from '../common/model/importFormats'
import type { IncomingAnnotation } from '../common/model/incomingAnnotation'

/** What the user chose that changes how bytes are read. */
export type ReadOptions = {
  /** An encoding picked in the import preview, overriding detection (text formats only). */
  encoding?: string
}

/** What an importer makes of a file, before metadata and storage. */
export type ImportedContent = {
  blocks: Block[]
  /** The encoding the text was decoded from; null for formats that carry their own (DOCX, PDF). */
  encoding: string | null
  /** Encodings the user may pick instead, most likely first (empty when not a text format). */
  encodingChoices: string[]
  warnings: ImportWarning[]
  /** A title the file declares (HTML <title>, DOCX or PDF properties), if any. */
  titleHint?: string
  /** Annotations the file carries (Word comments, PDF markup), over the canonical text of `blocks`. */
  incoming?: IncomingAnnotation[]
  /** Tracked changes accepted into the text (Word insertions and deletions). */
  trackedChanges?: number
}

/**
 * One file format. Importers run in the import worker process on untrusted bytes: they refuse with an AppError
 * (`import.*` codes) and never touch the library themselves.
 */
export type Importer = {
  /** Its line in importFormats.ts, where its extensions and names are. */
  format: ImportFormat
  read(bytes: Uint8Array, options: ReadOptions): Promise<ImportedContent>
}
