import path from 'node:path'
import PDFDocument from 'pdfkit'

/** Noto Serif (OFL) from @expo-google-fonts: full Vietnamese and Cyrillic coverage, so the text layer is exact. */
const notoSerif = path.resolve('node_modules/@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf')
const notoSerifBold = path.resolve('node_modules/@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf')

function collect(document: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  document.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve) => {
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    document.end()
  })
}

/** The pages of the test PDF: each a list of paragraphs, each paragraph its lines as laid out. */
export const pdfPages: { heading?: string; paragraphs: string[][] }[] = [
  {
    heading: 'Tuyên bố chung Việt Nam – Liên bang Nga',
    paragraphs: [
      [
        '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và',
        'công nghiệp dầu khí, đường sắt cao tốc.',
      ],
      [
        '12(b) Hai bên khẳng định tầm quan trọng của việc đẩy nhanh dự án',
        'hợp tác xây dựng Trung tâm Khoa học và Công nghệ hạt nhân.',
      ],
    ],
  },
  {
    paragraphs: [
      ['- Hợp tác quốc phòng - an ninh là lĩnh vực hợp tác truyền thống và là', 'một trong những trụ cột quan trọng.'],
      ['The two sides agreed to expand their coop-', 'eration in education and science.'],
    ],
  },
  { heading: 'Kết luận', paragraphs: [['Tổng Bí thư Tô Lâm cảm ơn sự đón tiếp nồng hậu.']] },
]

/** A three-page PDF with a running header, page-number footers, headings in a larger bold font, wrapped lines. */
export function makeDraftPdf(options: { userPassword?: string } = {}): Promise<Uint8Array> {
  const document = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, ...options, pdfVersion: '1.7' })
  document.registerFont('body', notoSerif)
  document.registerFont('bold', notoSerifBold)
  pdfPages.forEach((page, index) => {
    document.addPage({ size: 'A4', margin: 0 })
    document.font('body').fontSize(9).text('Bộ Ngoại giao – Bản dự thảo', 72, 30, { lineBreak: false })
    let y = 90
    if (page.heading) {
      document.font('bold').fontSize(16).text(page.heading, 72, y, { lineBreak: false })
      y += 36
    }
    for (const paragraph of page.paragraphs) {
      for (const line of paragraph) {
        document.font('body').fontSize(11).text(line, 72, y, { lineBreak: false })
        y += 15
      }
      y += 12
    }
    document
      .font('body')
      .fontSize(9)
      .text(`Trang ${index + 1}`, 280, 800, { lineBreak: false })
  })
  return collect(document)
}

/** A PDF whose only page is a drawing (like a scan): no text layer. */
export function makeScannedPdf(): Promise<Uint8Array> {
  const document = new PDFDocument({ size: 'A4' })
  document.rect(72, 72, 400, 600).fill('#888888')
  return collect(document)
}
