/** Chunks at least this long are kept as they come; smaller ones are copied together into blocks this size. */
const blockSize = 64 * 1024

/**
 * A pdfkit document's bytes, taken as they are written. pdfkit writes each object in five or six small chunks (its
 * number, dictionary, stream, ends); held until the end, as a paused stream or a list of chunks holds them, tens of
 * thousands of them outlive every young-generation collection and are copied each time. Small chunks are copied
 * here into shared blocks at once, so they die young. Create it before anything is written.
 */
export class PdfOutput {
  private readonly parts: Uint8Array[] = []
  private block = Buffer.allocUnsafe(blockSize)
  private used = 0

  constructor(private readonly doc: PDFKit.PDFDocument) {
    doc.on('data', (chunk: Uint8Array) => this.take(chunk))
  }

  /** The whole document, once pdfkit has ended it (call `doc.end()` after this). */
  bytes(): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.doc.on('end', () => {
        this.seal()
        resolve(new Uint8Array(Buffer.concat(this.parts)))
      })
      this.doc.on('error', reject)
    })
  }

  private take(chunk: Uint8Array): void {
    if (chunk.length >= blockSize / 4) {
      this.seal()
      this.parts.push(chunk)
      return
    }
    if (this.used + chunk.length > blockSize) this.seal()
    this.block.set(chunk, this.used)
    this.used += chunk.length
  }

  /** Close the current block (if it holds anything) and start a new one. */
  private seal(): void {
    if (this.used === 0) return
    this.parts.push(this.block.subarray(0, this.used))
    this.block = Buffer.allocUnsafe(blockSize)
    this.used = 0
  }
}
