import { deflateSync } from 'node:zlib'

/** A page's content stream as pdfkit (0.20) keeps it until the page ends. */
type ContentStream = {
  buffer: unknown[]
  compress: boolean
  data: Record<string, unknown>
  write(chunk: Uint8Array): void
}
/** The part of pdfkit's document that takes page content. */
type ContentSink = {
  addContent(data: string): unknown
  page: { content: ContentStream; markings: unknown[] }
}

/**
 * zlib's fastest level for page content: about three times faster than the default on a briefing's operators (text
 * as hex glyph ids, coordinates); the streams come out two fifths larger, the whole briefing a tenth. Compressing
 * pages at the default level was an eighth of the export's time.
 */
const contentLevel = 1

/**
 * Collect the current page's content operators as strings and hand them to pdfkit as one chunk when the page ends,
 * instead of one small byte buffer per operator (about 2,000 per page of a briefing): far less garbage that lives
 * as long as a page, which is what made memory climb on long documents. The chunk is compressed here, at
 * `contentLevel`, rather than by pdfkit at zlib's default; the operators are the same: pdfkit ends each chunk with a
 * newline, and the batch joins the operators with newlines. Returns the flush, to call before a page ends (before
 * `addPage` and `end`).
 */
export function batchPageContent(doc: PDFKit.PDFDocument): () => void {
  const sink = doc as unknown as ContentSink
  let pending: string[] = []
  sink.addContent = (data: string) => {
    pending.push(data)
    return doc
  }
  return () => {
    if (pending.length === 0) return
    // Content is ASCII (names, numbers, hex glyphs), so Latin-1 gives pdfkit's bytes, without its loop per character.
    const bytes = Buffer.from(`${pending.join('\n')}\n`, 'latin1')
    pending = []
    const { content, markings } = sink.page
    // pdfkit writes to a page after this only to close markings left open; then it compresses the page itself.
    if (markings.length > 0 || content.buffer.length > 0) return content.write(bytes)
    content.write(deflateSync(bytes, { level: contentLevel }))
    content.compress = false
    content.data.Filter = 'FlateDecode'
  }
}
