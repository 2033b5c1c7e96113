import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Importer } from './importer'
import { importRefusals } from './importErrors'
import { contentItems, linesOfPage, withoutRunningLines, type PdfLine } from './pdfLines'
import { blocksFromPdfLines } from './pdfParagraphs'
import { PdfAnnotationCollector } from './pdfAnnotations'

type PdfJs = typeof PdfJsModule
let pdfjs: Promise<PdfJs> | undefined

/**
 * pdfjs-dist's legacy build (for Node), loaded on first use. Its worker code runs in this same process (the import
 * worker is already the isolation boundary), so it is handed over through `globalThis.pdfjsWorker`.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return pdfjs
}

/**
 * PDFs with a text layer. pdfjs runs with eval off, XFA off, no font loading and no system fonts; the text is read
 * page by page; artifacts, running headers, footers and page numbers are left out; paragraphs are rebuilt from lines.
 * A PDF without any text (a scan) is refused with its own message, as are encrypted and damaged files.
 */
export const pdfImporter: Importer = {
  format: 'pdf',
  async read(bytes) {
    const { getDocument } = await loadPdfJs()
    const task = getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      isOffscreenCanvasSupported: false,
      stopAtErrors: false,
      verbosity: 0,
    })
    let document: Awaited<typeof task.promise>
    try {
      document = await task.promise
    } catch (error) {
      throw (error as { name?: string }).name === 'PasswordException'
        ? importRefusals.encrypted('pdf')
        : importRefusals.corrupt('pdf')
    }
    try {
      const pages: { lines: PdfLine[]; height: number }[] = []
      const annotations = new PdfAnnotationCollector(bytes)
      for (let number = 1; number <= document.numPages; number += 1) {
        const page = await document.getPage(number)
        const items = contentItems((await page.getTextContent({ includeMarkedContent: true })).items)
        pages.push({ lines: linesOfPage(items, number), height: page.getViewport({ scale: 1 }).height })
        await annotations.addPage(page, number, items)
        page.cleanup()
      }
      if (pages.every((page) => page.lines.length === 0)) throw importRefusals.noTextLayer()
      const metadata = await document.getMetadata().catch(() => null)
      const title = (metadata?.info as { Title?: unknown } | undefined)?.Title
      const kept = withoutRunningLines(pages)
      const removed = pages.reduce((sum, page) => sum + page.lines.length, 0) - kept.flat().length
      const placed = annotations.place(blocksFromPdfLines(kept))
      return {
        blocks: placed.blocks,
        incoming: placed.incoming,
        encoding: null,
        encodingChoices: [],
        warnings: [
          ...(removed > 0 ? [{ code: 'import.headersRemoved', params: { count: removed } }] : []),
          ...placed.warnings,
        ],
        titleHint: typeof title === 'string' && title.trim() ? title : undefined,
      }
    } finally {
      await document.destroy()
    }
  },
}
