import type { BriefingCanvas, TextStyle } from './canvas'
import { ink } from './colors'

const headerStyle: TextStyle = { font: 'sans', size: 8, color: ink.muted }
const classificationStyle: TextStyle = { font: 'sansBold', size: 8, color: ink.classification }
const footerStyle: TextStyle = { font: 'sans', size: 8, color: ink.muted }
/** Noto Sans's ascender: where the baseline sits below the top of a line pdfkit draws. */
const ascender = 1.069

type EmbeddedFont = { id: string; dictionary: PDFKit.PDFKitReference; encode(text: string): [string[], unknown] }
type PageResources = { xobjects: Record<string, PDFKit.PDFKitReference> }

/**
 * Header (document title, classification on the right) and footer ("page x of y") drawn as each page starts, so
 * pages can be written out at once instead of all being held in memory to the end. The total page count is not
 * known yet, so the footer shows it through one shared form XObject that is filled in when the document ends.
 */
export class PageFurniture {
  private readonly total: PDFKit.PDFKitReference
  private font: EmbeddedFont | undefined

  constructor(
    private readonly canvas: BriefingCanvas,
    private readonly title: string,
    private readonly classification: string | undefined,
    private readonly pageTemplate: string,
  ) {
    this.total = canvas.doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, -4, 60, 12], Resources: {} })
  }

  /** Draw the current page's header and footer, marked as pagination artifacts. */
  draw(): void {
    this.canvas.asArtifactOnPage(() => this.drawFurniture())
  }

  private drawFurniture(): void {
    const { canvas } = this
    const { geometry } = canvas
    const right = geometry.width - geometry.bodyX
    const mark = this.classification?.trim()
    const markWidth = mark ? canvas.width(mark, classificationStyle) : 0
    if (mark) canvas.text(mark, right - markWidth, geometry.headerY, classificationStyle)
    if (canvas.pageIndex > 0) {
      const title = this.truncate(this.title, right - geometry.bodyX - markWidth - 20)
      canvas.text(title, geometry.bodyX, geometry.headerY, headerStyle)
      canvas.rule(geometry.bodyX, geometry.headerY + 14, right - geometry.bodyX)
    }
    const [before, after = ''] = this.pageTemplate.replace('{x}', String(canvas.pageIndex + 1)).split('{y}')
    const reserved = canvas.width('0000', footerStyle)
    const afterWidth = canvas.width(after, footerStyle)
    const totalX = right - afterWidth - reserved
    const beforeText = before ?? ''
    canvas.text(beforeText, totalX - canvas.width(beforeText, footerStyle), geometry.footerY, footerStyle)
    if (after) canvas.text(after, right - afterWidth, geometry.footerY, footerStyle)
    this.font ??= (canvas.doc as unknown as { _font: EmbeddedFont })._font
    ;(canvas.doc.page as unknown as PageResources).xobjects.Total = this.total
    // pdfkit's page space is flipped (y down); the form is drawn upright at the footer's baseline.
    const baseline = geometry.footerY + footerStyle.size * ascender
    canvas.doc.addContent(
      `/Artifact <</Type /Pagination>> BDC q 1 0 0 -1 ${totalX.toFixed(2)} ${baseline.toFixed(2)} cm /Total Do Q EMC`,
    )
  }

  /** Write the page count into the shared form, once every page exists. */
  finish(pageCount: number): void {
    const font = this.font
    if (!font) {
      this.total.end(' ')
      return
    }
    const [glyphs] = font.encode(String(pageCount))
    ;(this.total.data as Record<string, unknown>).Resources = { Font: { [font.id]: font.dictionary } }
    const grey = 0x55 / 0xff
    this.total.end(`BT ${grey.toFixed(3)} g /${font.id} ${footerStyle.size} Tf 0 0 Td <${glyphs.join('')}> Tj ET`)
  }

  private truncate(text: string, width: number): string {
    if (this.canvas.width(text, headerStyle) <= width) return text
    let cut = text
    while (cut.length > 1 && this.canvas.width(`${cut}…`, headerStyle) > width) cut = cut.slice(0, -1)
    return `${cut.trimEnd()}…`
  }
}
