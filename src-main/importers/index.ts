import { importFormatFor, type ImportFormat } from '../common/model/importFormats'
import type { Importer } from './importer'
import { textImporter } from './txt'
import { markdownImporter } from './markdown'
import { htmlImporter } from './html'
import { docxImporter } from './docx'
import { pdfImporter } from './pdf'
import { epubImporter } from './epub'

export { extensionOf } from '../common/model/importFormats'

/**
 * The reader of every format in importFormats.ts (extensions, names and media types live there, where the renderer
 * can read them). The record type makes a format without a reader a compile error.
 */
export const importers: Readonly<Record<ImportFormat, Importer>> = {
  txt: textImporter,
  md: markdownImporter,
  html: htmlImporter,
  docx: docxImporter,
  pdf: pdfImporter,
  epub: epubImporter,
}

/** The importer for a file name, or null when we do not import that type. */
export function importerFor(fileName: string): Importer | null {
  const format = importFormatFor(fileName)
  return format ? importers[format] : null
}
