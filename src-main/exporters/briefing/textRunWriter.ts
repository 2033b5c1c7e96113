import { type FaceWords, pdfNumber } from './faceWords'

/** The parts of pdfkit's document (0.20) that one run of text touches. */
type TextTarget = {
  _fontSize: number
  page: { height: number; fonts: Record<string, PDFKit.PDFKitReference | undefined> }
  addContent(data: string): unknown
}

/**
 * Write one run of text with its top at (x, y) in the current face and size: the operators pdfkit's `_fragment`
 * writes for left-aligned text without spacing, links or underline (save, flip the page, BT, Tm, Tf, TJ, ET,
 * restore), in one string, with the glyphs from the face's word cache. Returns false, having written nothing,
 * when the run needs pdfkit's own writer: a line break inside it, or a glyph placed off its advance.
 */
export function writeTextRun(doc: PDFKit.PDFDocument, words: FaceWords, text: string, x: number, y: number): boolean {
  if (text.includes('\n')) return false
  if (text === '') return true
  const operand = words.operand(text)
  if (operand === null) return false
  const target = doc as unknown as TextTarget
  const { face } = words
  const size = target._fontSize
  const { page } = target
  // pdfkit's default baseline: the top of the run is the face's ascender above its baseline.
  const baseline = page.height - y - (face.ascender / 1000) * size
  if (page.fonts[face.id] == null) page.fonts[face.id] = face.ref()
  // save/restore around the flip leave pdfkit's transformation matrix as it was, so it is not tracked here.
  target.addContent(
    `q\n1 0 0 -1 0 ${pdfNumber(page.height)} cm\nBT\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(baseline)} Tm\n` +
      `/${face.id} ${pdfNumber(size)} Tf\n${operand === '' ? '' : `${operand} TJ\n`}ET\nQ`,
  )
  return true
}
