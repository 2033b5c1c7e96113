import { describe, expect, it } from 'vitest'
import { fontsDirectory } from '../../../tests/support/exportFixture'
import { generatedJointStatement } from '../../../tests/support/generatedStatement'
import { BriefingCanvas, type TextStyle } from './canvas'
import { type EmbeddedFace, FaceWords } from './faceWords'
import { fontFiles, type FontName } from './fonts'
import { pageGeometry } from './pageGeometry'
import { writeTextRun } from './textRunWriter'

type Internals = {
  _font: EmbeddedFace & { subset: { glyphs: number[] } }
  addContent(data: string): unknown
  _fragment(text: string, x: number, y: number, options: { textWidth: number; wordCount: number }): void
}

/** Lines as briefings print them: paragraphs, Russian, kerned capitals, numbers, odd spacing, and marks. */
function sampleLines(): string[] {
  const statement = generatedJointStatement(2)
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.match(/.{1,90}(?: |$)/g) ?? [])
  return [
    ...statement,
    'Совместное заявление о дальнейшем укреплении отношений всеобъемлющего стратегического партнёрства',
    'AVATAR WAVE Tây Yên “Văn bản” — 12(b), 1.000.000 đồng; 30/4/1975 Điều 3 ¶ 9.',
    'office affluent fjord Tôi Vậy',
    'two  spaces\tand a tab ',
    ' leading space',
    // Decomposed marks are positioned off their advance: pdfkit's own writer places them.
    'Vie\u0302\u0323t Nam',
  ]
}

async function openCanvas(): Promise<BriefingCanvas> {
  const canvas = new BriefingCanvas(
    pageGeometry({ paper: 'A4', layout: 'fullText', notes: 'margin' }),
    fontsDirectory,
    {
      title: 'Test',
      author: 'Test',
    },
  )
  await canvas.openFonts(() => Promise.resolve())
  canvas.newPage()
  return canvas
}

/** What a write puts into the page's content, as one string. */
function recorded(doc: PDFKit.PDFDocument, write: () => void): string {
  const internals = doc as unknown as Internals
  const sink = internals.addContent
  const written: string[] = []
  internals.addContent = (data: string) => written.push(data)
  try {
    write()
  } finally {
    internals.addContent = sink
  }
  return written.join('\n')
}

describe('text runs from the word cache', () => {
  for (const font of Object.keys(fontFiles) as FontName[]) {
    const style: TextStyle = { font, size: font.startsWith('sans') ? 7.5 : 10.5 }

    it(`writes in ${font} the operators pdfkit writes, and measures as pdfkit does`, async () => {
      const canvas = await openCanvas()
      canvas.use(style)
      const doc = canvas.doc as unknown as Internals
      const words = new FaceWords(doc._font)
      for (const [index, line] of sampleLines().entries()) {
        const x = 70.866 + index / 7
        const y = 100.25 + index * 13.3
        let written = false
        const ours = recorded(canvas.doc, () => (written = writeTextRun(canvas.doc, words, line, x, y)))
        const pdfkits = recorded(canvas.doc, () => doc._fragment(line, x, y, { textWidth: 0, wordCount: 0 }))
        const marked = line.includes('\u0323')
        expect(written, line).toBe(!marked)
        expect(ours, line).toBe(marked ? '' : pdfkits)
        expect(words.width(line, style.size), line).toBe(canvas.doc.widthOfString(line))
      }
    })
  }

  it('adds glyphs to the font subset in the order pdfkit would, so the embedded fonts are the same', async () => {
    const ours = await openCanvas()
    const pdfkits = await openCanvas()
    const style: TextStyle = { font: 'serif', size: 10.5 }
    ours.use(style)
    pdfkits.use(style)
    const words = new FaceWords((ours.doc as unknown as Internals)._font)
    for (const line of sampleLines()) {
      if (!writeTextRun(ours.doc, words, line, 72, 72)) {
        ;(ours.doc as unknown as Internals)._fragment(line, 72, 72, { textWidth: 0, wordCount: 0 })
      }
      ;(pdfkits.doc as unknown as Internals)._fragment(line, 72, 72, { textWidth: 0, wordCount: 0 })
    }
    const face = (canvas: BriefingCanvas) => (canvas.doc as unknown as Internals)._font
    expect(face(ours).subset.glyphs.length).toBeGreaterThan(100)
    expect(face(ours).subset.glyphs).toEqual(face(pdfkits).subset.glyphs)
    expect(face(ours).widths).toEqual(face(pdfkits).widths)
    expect(face(ours).unicode).toEqual(face(pdfkits).unicode)
  })
})
