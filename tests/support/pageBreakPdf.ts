import path from 'node:path'
import PDFDocument from 'pdfkit'

const notoSerif = path.resolve('node_modules/@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf')
const pageHeight = 841.89
const left = 72
const width = 440
const size = 11
const leading = 15
const top = 90
const bottom = 760

/** The PDF, and the words its highlight covers (joined by single spaces). */
type PageBreakPdf = { bytes: Uint8Array; highlighted: string }

/**
 * A PDF as another tool writes it (not our briefing): paragraphs wrapped to a column and set apart by space, a
 * running header and page numbers, and a highlight over the `phraseWords` words before and after the first page break.
 * As Acrobat and Okular do, that highlight is one /Highlight annotation on each page, same author and note.
 */
export async function makePageBreakPdf(paragraphs: string[], phraseWords: number): Promise<PageBreakPdf> {
  const document = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, bufferPages: true })
  document.registerFont('body', notoSerif)
  const chunks: Buffer[] = []
  document.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve) => document.on('end', () => resolve()))
  document.font('body').fontSize(size)
  const measure = (text: string) => document.widthOfString(text)

  // Wrap every paragraph greedily, then place lines; remember each word's page and box.
  type Placed = { word: string; page: number; x: number; y: number; width: number }
  const placed: Placed[][] = []
  let page = 0
  let y = bottom
  const newPage = () => {
    document.addPage({ size: 'A4', margin: 0 })
    page += 1
    document.fontSize(9).text('Bộ Ngoại giao – Bản dự thảo', left, 40, { lineBreak: false })
    document.fontSize(9).text(`Trang ${page}`, 290, 800, { lineBreak: false })
    document.fontSize(size)
    y = top
  }
  for (const paragraph of paragraphs) {
    const words = paragraph.split(' ')
    const lines: string[][] = [[]]
    for (const word of words) {
      const line = lines[lines.length - 1]!
      if (line.length > 0 && measure([...line, word].join(' ')) > width) lines.push([word])
      else line.push(word)
    }
    const placedWords: Placed[] = []
    if (page > 0) y += 10
    for (const line of lines) {
      if (page === 0 || y + leading > bottom) newPage()
      document.text(line.join(' '), left, y, { lineBreak: false })
      let x = left
      for (const word of line) {
        placedWords.push({ word, page, x, y, width: measure(word) })
        x += measure(`${word} `)
      }
      y += leading
    }
    placed.push(placedWords)
  }

  // The phrase: the last words of page 1 and the first of page 2.
  const all = placed.flat()
  const firstOnTwo = all.findIndex((word) => word.page === 2)
  const phrase = all.slice(firstOnTwo - phraseWords, firstOnTwo + phraseWords)
  for (const pageNumber of [1, 2]) {
    const words = phrase.filter((word) => word.page === pageNumber)
    const last = words[words.length - 1]!
    const [x1, x2] = [words[0]!.x, last.x + last.width]
    const upper = pageHeight - words[0]!.y
    const lower = upper - size * 1.36
    document.switchToPage(pageNumber - 1)
    const ref = document.ref({
      Type: 'Annot',
      Subtype: 'Highlight',
      Rect: [x1, lower, x2, upper],
      QuadPoints: [x1, upper, x2, upper, x1, lower, x2, lower],
      Contents: new String('Câu này nối hai trang.'),
      T: new String('Nguyễn Thị Lan'),
      C: [1, 0.9, 0.3],
    })
    ;(document.page as unknown as { annotations: unknown[] }).annotations.push(ref)
    ;(ref as unknown as { end(): void }).end()
  }
  document.end()
  await done
  return {
    bytes: new Uint8Array(Buffer.concat(chunks)),
    highlighted: phrase.map((word) => word.word).join(' '),
  }
}
