import type { Importer } from './importer'
import { textImporter } from './txt'
import { markdownImporter } from './markdown'
import { htmlImporter } from './html'
import { docxImporter } from './docx'
import { pdfImporter } from './pdf'

/** Every format we import. A new format is one file plus one line here. */
export const importers: readonly Importer[] = [textImporter, markdownImporter, htmlImporter, docxImporter, pdfImporter]

/** The lower-case extension of a file name, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : ''
}

/** The importer for a file name, or null when we do not import that type. */
export function importerFor(fileName: string): Importer | null {
  const extension = extensionOf(fileName)
  return importers.find((importer) => importer.extensions.includes(extension)) ?? null
}
