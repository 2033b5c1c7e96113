import PDFDocument from 'pdfkit'
import { ink } from './colors'
import { fontFiles, type FontName, registerFonts } from './fonts'
import { breakLines, type Line } from './lineLayout'
import { tuneLayout } from './faceLayout'
import type { FaceWords } from './faceWords'
import { batchPageContent } from './pageContentBatch'
import { type PageGeometry } from './pageGeometry'
import { PdfOutput } from './pdfOutput'
import { writeTextRun } from './textRunWriter'

/** A font, size and colour; `leading` is the line height as a multiple of the size. */
export type TextStyle = { font: FontName; size: number; color?: string; leading?: number }

/** pdfkit's writer of one run of glyphs at (x, y); `textWidth` and `wordCount` only serve links and underlines. */
type FragmentWriter = {
  _fragment(text: string, x: number, y: number, options: { textWidth: number; wordCount: number }): void
}

/** Options for `_fragment`: we draw neither links nor underlines, so the width pdfkit would measure is not needed. */
const fragmentOptions = { textWidth: 0, wordCount: 0 }

/** Title, text, notes and markers: faces used whatever the document; the italic ones may never be needed. */
const facesEveryBriefingPrints: ReadonlySet<FontName> = new Set(['serif', 'serifBold', 'sans', 'sansBold'])

/** A laid-out line as drawn: where it is on its page and which characters of its paragraph it shows. */
export type PlacedLine = Line & { x: number; y: number; pageIndex: number; height: number }

/**
 * The page model the briefing layouts draw on: pdfkit with its automatic pagination switched off (margins 0,
 * every line placed explicitly), so that we know exactly where each character lands. Pages are written out as
 * soon as they are finished, which keeps memory flat on long documents.
 */
export class BriefingCanvas {
  readonly doc: PDFKit.PDFDocument
  y = 0
  /** Index of the current page in the document (0 = title page); -1 before the first page. */
  pageIndex = -1
  private readonly pageEndListeners: (() => void)[] = []
  private readonly pageStartListeners: (() => void)[] = []
  /** Each face's words, measured and encoded once (set up by `openFonts`). */
  private readonly faces = new Map<FontName, FaceWords>()
  /** Above 0 while `asArtifact` runs: text drawn then is marked as not part of the document's text. */
  private artifactDepth = 0
  /** True inside `asArtifactOnPage`: an artifact sequence is open, and text needs no marking of its own. */
  private artifactOpen = false
  /** The text colour set on the current page, outside any save/restore (a new page starts with none). */
  private fillColor: string | undefined
  /** Hands the current page's content to pdfkit in one piece. */
  private readonly flushContent: () => void
  /** The document's bytes as pdfkit writes them. */
  private readonly output: PdfOutput

  constructor(
    readonly geometry: PageGeometry,
    fontsDirectory: string,
    info: { title: string; author: string },
  ) {
    this.doc = new PDFDocument({
      size: [geometry.width, geometry.height],
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      autoFirstPage: false,
      compress: true,
      displayTitle: true,
      info: { Title: info.title, Author: info.author, Creator: 'Marginalia' },
    })
    this.output = new PdfOutput(this.doc)
    registerFonts(this.doc, fontsDirectory)
    this.flushContent = batchPageContent(this.doc)
  }

  /**
   * Open every face, with a `pause` after each; the faces every briefing prints also shape a first word, which
   * reads their substitution and positioning tables (a tenth of a second each on a busy machine) now rather than
   * in one stretch with the title page. Call before drawing.
   */
  async openFonts(pause: () => Promise<void>): Promise<void> {
    for (const font of Object.keys(fontFiles) as FontName[]) {
      this.faces.set(font, tuneLayout(this.doc, font))
      if (facesEveryBriefingPrints.has(font)) this.doc.widthOfString('Hà Nội')
      await pause()
    }
  }

  /** Called just before a page is left: the full-text layout prints its foot notes there. Returns the unsubscribe. */
  onPageEnd(listener: () => void): () => void {
    this.pageEndListeners.push(listener)
    return () => this.pageEndListeners.splice(this.pageEndListeners.indexOf(listener), 1)
  }

  /** Called when a page starts (header and footer are drawn there). */
  onPageStart(listener: () => void): void {
    this.pageStartListeners.push(listener)
  }

  /** Finish the current page (if any) and start a new one at the top of the body area. */
  newPage(): void {
    if (this.pageIndex >= 0) this.endPage()
    this.flushContent()
    this.doc.addPage({ size: [this.geometry.width, this.geometry.height], margin: 0 })
    this.pageIndex++
    this.fillColor = undefined
    this.y = this.geometry.bodyTop
    for (const listener of this.pageStartListeners) listener()
  }

  /** Let listeners finish the current page. */
  endPage(): void {
    for (const listener of this.pageEndListeners) listener()
  }

  /** Start a new page unless `height` still fits above `bottom`. */
  ensure(height: number, bottom = this.geometry.bodyBottom): void {
    if (this.pageIndex < 0 || this.y + height > bottom) this.newPage()
  }

  use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size)
    const color = style.color ?? ink.text
    // The colour stays set until changed (shapes set theirs inside save/restore): setting it again for every run
    // of text wrote two operators per line for nothing.
    if (color === this.fillColor) return
    this.doc.fillColor(color)
    this.fillColor = color
  }

  lineHeight(style: TextStyle): number {
    return style.size * (style.leading ?? 1.45)
  }

  /** A measure in the given style (sets the style as a side effect; measuring and drawing share it). */
  measurer(style: TextStyle): (text: string) => number {
    this.use(style)
    const words = this.wordsOf(style.font)
    const size = style.size
    return (text) => words.width(text, size)
  }

  /** The face's word cache. */
  private wordsOf(font: FontName): FaceWords {
    const words = this.faces.get(font)
    if (!words) throw new Error(`Face not opened: ${font} (call openFonts before drawing)`)
    return words
  }

  /**
   * Draw one unwrapped run of text with its top at `y`. Its words' glyphs come encoded from the face's cache
   * (`FaceWords`); a run with combining marks placed off their advance goes to pdfkit's glyph writer. `doc.text`
   * would lay the run out three times (wrapping options, its width, its glyphs) where the glyphs alone are needed.
   */
  text(content: string, x: number, y: number, style: TextStyle): void {
    this.use(style)
    if (this.artifactDepth === 0 || this.artifactOpen) {
      this.writeRun(content, x, y, style.font)
      return
    }
    // Each run is marked on its own, so a marking never spans a page break (pdfkit would reopen it on the next page).
    this.doc.markContent('Artifact', { type: 'Layout' })
    this.writeRun(content, x, y, style.font)
    this.doc.endMarkedContent()
  }

  private writeRun(content: string, x: number, y: number, font: FontName): void {
    if (writeTextRun(this.doc, this.wordsOf(font), content, x, y)) return
    ;(this.doc as unknown as FragmentWriter)._fragment(content, x, y, fragmentOptions)
  }

  /**
   * Draw what the briefing adds around the document's own text (title page, page furniture, note markers, notes,
   * the index) as PDF artifacts: readers' text tools and our own PDF import then tell it from the document's text.
   */
  asArtifact<T>(draw: () => T): T {
    this.artifactDepth++
    try {
      return draw()
    } finally {
      this.artifactDepth--
    }
  }

  /** `asArtifact` for drawing that gives the event loop turns on the way. */
  async asArtifactAsync<T>(draw: () => Promise<T>): Promise<T> {
    this.artifactDepth++
    try {
      return await draw()
    } finally {
      this.artifactDepth--
    }
  }

  /**
   * Like `asArtifact`, as one marked sequence around everything drawn (which then stays one run of text for
   * readers' tools, as without marking); only for drawing that stays on the current page.
   */
  asArtifactOnPage(draw: () => void): void {
    if (this.artifactOpen) return draw()
    this.doc.markContent('Artifact', { type: 'Layout' })
    this.artifactOpen = true
    try {
      draw()
    } finally {
      this.artifactOpen = false
      this.doc.endMarkedContent()
    }
  }

  /**
   * A wrapped paragraph at the cursor, breaking pages as needed; `beforeLine` may draw under a line (highlights)
   * and returns nothing. Returns the placed lines.
   */
  paragraph(
    content: string,
    style: TextStyle,
    area: { x: number; width: number },
    beforeLine?: (line: PlacedLine) => void,
  ): PlacedLine[] {
    const measure = this.measurer(style)
    // Line breaks inside the text (comments, replies) start new lines; offsets stay relative to `content`.
    const lines: Line[] = []
    let offset = 0
    for (const piece of content.split('\n')) {
      for (const line of breakLines(piece, area.width, measure)) {
        lines.push({ start: line.start + offset, end: line.end + offset })
      }
      offset += piece.length + 1
    }
    const height = this.lineHeight(style)
    const placed: PlacedLine[] = []
    for (const line of lines) {
      this.ensure(height)
      const placedLine = { ...line, x: area.x, y: this.y, pageIndex: this.pageIndex, height }
      beforeLine?.(placedLine)
      this.text(content.slice(line.start, line.end), area.x, this.y, style)
      placed.push(placedLine)
      this.y += height
    }
    return placed
  }

  /** Width of `text` in `style`. */
  width(text: string, style: TextStyle): number {
    return this.measurer(style)(text)
  }

  /** Fill a rectangle; `opacity` lets overlapping highlights show through each other. */
  fillRect(x: number, y: number, width: number, height: number, rgb: [number, number, number], opacity = 1): void {
    this.doc.save().rect(x, y, width, height).fillOpacity(opacity).fillColor(rgb).fill().restore()
  }

  /** A thin horizontal rule. */
  rule(x: number, y: number, width: number, color: string = ink.rule): void {
    this.doc
      .save()
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.5)
      .strokeColor(color)
      .stroke()
      .restore()
  }

  /**
   * Finish the document and collect its bytes. Each face is subset and embedded on its own, with a `pause` after
   * each, rather than all at once inside pdfkit's `end`.
   */
  async finish(pause: () => Promise<void> = () => Promise.resolve()): Promise<Uint8Array> {
    const ended = this.output.bytes()
    const families = (this.doc as unknown as { _fontFamilies: Record<string, { finalize(): void }> })._fontFamilies
    for (const font of new Set(Object.values(families))) {
      font.finalize()
      await pause()
    }
    this.flushContent()
    this.doc.end()
    return ended
  }
}
