import type { ImportWarning } from '../common/api/documentsApi'
import type { Block } from '../common/model/document'
import { sanitizeWarnings } from './html'
import { blocksFromHtml } from './htmlBlocks'
import type { Importer } from './importer'
import { importRefusals } from './importErrors'
import { readEpubPackage, refuseDrm, type TocEntry } from './epubPackage'
import { sanitizeHtml } from './sanitizeHtml'
import { unpackZipSafely } from './zipGuard'

/**
 * EPUB 2 and 3 books (study texts). The archive is unpacked under the same caps as DOCX (zipGuard.ts), DRM-protected
 * books are refused, and each document of the spine, in reading order, is sanitised and read as structure exactly
 * like an HTML import: scripts and links go, images are left out with a note, footnotes stay as text where the book
 * put them. Table-of-contents entries become headings at their depth, so the reader's outline follows the book's.
 */
export const epubImporter: Importer = {
  format: 'epub',
  async read(bytes) {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw importRefusals.corrupt('epub')
    const files = unpackZipSafely(bytes, 'epub')
    const { JSDOM } = await import('jsdom')
    const parse = (xml: string, type: 'text/xml' | 'text/html'): Document => {
      try {
        return new JSDOM(xml, { contentType: type }).window.document
      } catch {
        throw importRefusals.corrupt('epub')
      }
    }
    refuseDrm(files, parse)
    const book = readEpubPackage(files, parse)
    const blocks: Block[] = []
    let images = 0
    let removedActiveContent = false
    for (const file of book.spine) {
      const sanitized = await sanitizeHtml(new TextDecoder().decode(files.get(file)))
      images += sanitized.images
      removedActiveContent ||= sanitized.removedActiveContent
      blocks.push(
        ...withTocHeadings(
          blocksFromHtml(sanitized.body),
          book.toc.filter((entry) => entry.file === file),
        ),
      )
    }
    const warnings: ImportWarning[] = sanitizeWarnings({ images, removedActiveContent })
    return { blocks, encoding: null, encodingChoices: [], warnings, titleHint: book.title ?? undefined }
  },
}

/**
 * Make the table of contents the outline: an entry whose label is a block of its file becomes a heading at the
 * entry's depth; an entry for the start of a file whose text does not repeat its label adds that label as a
 * heading before the file's text.
 */
function withTocHeadings(blocks: Block[], entries: readonly TocEntry[]): Block[] {
  const result = blocks.map((block) => ({ ...block }))
  const leading: Block[] = []
  for (const entry of entries) {
    const level = Math.min(entry.depth, 6)
    const match = result.find((block) => block.text === entry.label)
    if (match) {
      match.kind = 'heading'
      match.level = level
      delete match.marks
    } else if (!entry.fragment) leading.push({ kind: 'heading', text: entry.label, level })
  }
  return [...leading, ...result]
}
