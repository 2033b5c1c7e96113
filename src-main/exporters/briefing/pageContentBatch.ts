/** The part of pdfkit's document that takes page content. */
type ContentSink = { addContent(data: string): unknown; page: { write(chunk: string): unknown } }

/**
 * Collect the current page's content operators as strings and hand them to pdfkit as one chunk when the page ends,
 * instead of one small byte buffer per operator (about 2,000 per page of a briefing): far less garbage that lives
 * as long as a page, which is what made memory climb on long documents. The bytes written are the same: pdfkit
 * ends each chunk with a newline, and the batch joins the operators with newlines. Returns the flush, to call
 * before a page ends (before `addPage` and `end`).
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
    sink.page.write(pending.join('\n'))
    pending = []
  }
}
