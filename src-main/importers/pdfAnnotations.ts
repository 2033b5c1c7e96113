import type { ImportWarning } from '../common/api/documentsApi'
import type { Block } from '../common/model/document'
import type { IncomingAnnotation } from '../common/model/incomingAnnotation'
import { canonicalText } from '../common/text/canonicalText'
import type { PdfTextItem } from './pdfLines'
import { markupOfPage, maxPdfMarkup, type PdfMarkup } from './pdfMarkup'
import { placePdfMarkup, type PageItems } from './pdfPlacement'
import { finishBlocks } from './finishBlocks'

/** A pdfjs page, as far as reading its annotations goes. */
type AnnotatedPage = { getAnnotations(options?: { intent?: string }): Promise<unknown[]> }

/**
 * The seam between the PDF importer and annotation reading: the importer hands over each page (with the text items
 * it read) as it goes, then the final blocks; this gives back the blocks (finished, as parseFile would) with the
 * page's highlights and notes placed over them (pdfPlacement.ts). Past `maxPdfMarkup` annotations, the rest are
 * not read at all, and the report says how many pages' worth were skipped.
 */
export class PdfAnnotationCollector {
  private readonly markups: PdfMarkup[] = []
  private readonly pages: PageItems[] = []
  private leftOut = 0
  /** Annotation objects written plainly in the file: reading tens of thousands would take pdfjs minutes. */
  private readonly declared: number

  constructor(bytes: Uint8Array) {
    this.declared = countAnnotationObjects(bytes)
  }

  /** Read one page's annotations; call while the page is open. */
  async addPage(page: AnnotatedPage, number: number, items: readonly PdfTextItem[]): Promise<void> {
    if (this.declared > maxDeclaredAnnotations) return
    if (this.markups.length >= maxPdfMarkup) {
      this.leftOut += markupOfPage(await page.getAnnotations({ intent: 'display' }), number).length
      return
    }
    const found = markupOfPage(await page.getAnnotations({ intent: 'display' }), number)
    const room = maxPdfMarkup - this.markups.length
    this.markups.push(...found.slice(0, room))
    this.leftOut += Math.max(0, found.length - room)
    if (found.length > 0) this.pages.push({ page: number, items })
  }

  /** The blocks, finished, with the annotations placed in their canonical text. */
  place(blocks: Block[]): { blocks: Block[]; incoming: IncomingAnnotation[]; warnings: ImportWarning[] } {
    const finished = finishBlocks(blocks)
    const incoming = this.markups.length > 0 ? placePdfMarkup(this.markups, this.pages, canonicalText(finished)) : []
    const warnings: ImportWarning[] = []
    if (this.declared > maxDeclaredAnnotations) {
      warnings.push({ code: 'import.annotationsTooMany', params: { count: this.declared } })
    } else if (this.leftOut > 0) warnings.push({ code: 'import.annotationsLeftOut', params: { count: this.leftOut } })
    return { blocks: finished, incoming, warnings }
  }
}

/** Past this many annotation objects, none are read: no person writes them, and pdfjs would read them for minutes. */
const maxDeclaredAnnotations = 20_000

/** How many "/Type /Annot" objects the file spells out (those inside compressed object streams are not seen). */
function countAnnotationObjects(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  let count = 0
  for (const _ of text.matchAll(/\/Type\s*\/Annot\b/g)) count += 1
  return count
}
