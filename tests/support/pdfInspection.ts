import { execFileSync, spawnSync } from 'node:child_process'
import PDFDocument from 'pdfkit'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { fontFiles } from '../../src-main/exporters/briefing/fonts'

/** A PDF text item as pdf.js reports it: string, baseline origin (PDF units, y up), size and width. */
export type TextItem = { str: string; x: number; y: number; size: number; width: number }

/** A PDF annotation as pdf.js reports it, reduced to what the tests check. */
export type PdfAnnotation = {
  id: string
  subtype: string
  contents: string
  author: string
  quadPoints: number[]
  inReplyTo: string | null
  created: string | null
  modified: string | null
}

export type PdfPage = { number: number; items: TextItem[]; annotations: PdfAnnotation[] }

/** Every page's text items and annotations, read with pdf.js. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 })
    .promise
  const pages: PdfPage[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent()
    const items: TextItem[] = []
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue
      items.push({
        str: item.str,
        x: item.transform[4],
        y: item.transform[5],
        size: item.transform[0],
        width: item.width,
      })
    }
    const annotations = ((await page.getAnnotations()) as Record<string, unknown>[]).map((raw) => ({
      id: String(raw.id),
      subtype: String(raw.subtype),
      contents: (raw.contentsObj as { str?: string } | undefined)?.str ?? '',
      author: (raw.titleObj as { str?: string } | undefined)?.str ?? '',
      quadPoints: raw.quadPoints ? Array.from(raw.quadPoints as ArrayLike<number>) : [],
      inReplyTo: (raw.inReplyTo as string | undefined) ?? null,
      created: (raw.creationDate as string | undefined) ?? null,
      modified: (raw.modificationDate as string | undefined) ?? null,
    }))
    pages.push({ number, items, annotations })
  }
  await pdf.destroy()
  return pages
}

/** Quads as rectangles (x1, x2, bottom, top), from pdf.js's flat 8-numbers-per-quad list. */
export function quadRectangles(points: number[]): { left: number; right: number; bottom: number; top: number }[] {
  const rectangles = []
  for (let index = 0; index + 8 <= points.length; index += 8) {
    const xs = [points[index]!, points[index + 2]!, points[index + 4]!, points[index + 6]!]
    const ys = [points[index + 1]!, points[index + 3]!, points[index + 5]!, points[index + 7]!]
    rectangles.push({ left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) })
  }
  return rectangles
}

/**
 * Measures printed strings with the same TTFs the briefing embeds (through pdfkit, as a reader would with the
 * font program), to find which characters of a text item lie inside a rectangle.
 */
export function createTextMeasurer(fontsDirectory: string): (text: string, size: number, bold: boolean) => number {
  const doc = new PDFDocument({ autoFirstPage: false })
  doc.registerFont('regular', `${fontsDirectory}/${fontFiles.serif}`)
  doc.registerFont('bold', `${fontsDirectory}/${fontFiles.serifBold}`)
  return (text, size, bold) =>
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size)
      .widthOfString(text)
}

/** The characters of the page's text whose centres lie inside the rectangles, joined line by line. */
export function textUnderRectangles(
  page: PdfPage,
  rectangles: ReturnType<typeof quadRectangles>,
  measure: ReturnType<typeof createTextMeasurer>,
): string {
  const lines: string[] = []
  for (const rectangle of rectangles) {
    let line = ''
    for (const item of page.items) {
      if (item.y < rectangle.bottom || item.y > rectangle.top) continue
      if (item.x > rectangle.right || item.x + item.width < rectangle.left) continue
      // Regular or bold: whichever reproduces the item's width is the face it was printed in.
      const bold =
        Math.abs(measure(item.str, item.size, true) - item.width) <
        Math.abs(measure(item.str, item.size, false) - item.width)
      const characters = [...item.str]
      let prefix = ''
      for (const character of characters) {
        const left = item.x + measure(prefix, item.size, bold)
        prefix += character
        const right = item.x + measure(prefix, item.size, bold)
        const centre = (left + right) / 2
        if (centre >= rectangle.left && centre <= rectangle.right) line += character
      }
    }
    lines.push(line)
  }
  return lines.join(' ')
}

/** Whitespace collapsed and compatibility forms folded, for comparing extracted text with the source. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim()
}

/**
 * True when a command-line tool can run here. poppler-utils and qpdf check the exported PDFs as a reader's tools
 * would; where they are not installed, those checks say so and skip (CI installs them).
 */
export function toolAvailable(command: string): boolean {
  return (
    (spawnSync(command, ['--version'], { stdio: 'ignore' }).error as NodeJS.ErrnoException | undefined)?.code !==
    'ENOENT'
  )
}

/** Run a poppler/qpdf tool and return its output; qpdf's exit code 3 (warnings) is returned as output too. */
export function runTool(command: string, args: string[]): { output: string; status: number } {
  try {
    return { output: execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }), status: 0 }
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; status?: number }
    return { output: `${failure.stdout ?? ''}${failure.stderr ?? ''}`, status: failure.status ?? 1 }
  }
}
