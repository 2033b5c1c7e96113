import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { fontsDirectory } from '../../../tests/support/exportFixture'
import { featuresFor } from './canvas'
import { fontFiles, type FontName, registerFonts } from './fonts'
import { composingNumbers, type GlyphRun } from './numberRuns'

type EmbeddedFont = { layoutRun(text: string, features?: unknown): GlyphRun }

/** Numbers as a briefing prints them: markers, "12.", "— 45", dates, ranges, amounts. */
function printedNumbers(): string[] {
  const texts: string[] = []
  for (let number = 1; number <= 1200; number += 7) {
    texts.push(String(number), `${number}.`, `${number}:`, ` — ${number}`, `(${number})`, `${number},`, `${number};`)
  }
  texts.push('30/4/1975', '(30/1/1950', '9/5/2025);', '1.000.000', '2,5', '10–12', '1945-2025', '1/', '0000')
  return texts
}

/** What pdfkit shows of a run: glyphs and where each one goes. */
function placed(run: GlyphRun): { id: number; xAdvance: number; xOffset: number; yOffset: number }[] {
  return run.glyphs.map((glyph, index) => {
    const { xAdvance, xOffset, yOffset } = run.positions[index]!
    return { id: glyph.id, xAdvance: Math.round(xAdvance * 1e6), xOffset, yOffset }
  })
}

describe('numbers composed from character pairs', () => {
  for (const font of Object.keys(fontFiles) as FontName[]) {
    it(`lays out numbers in ${font} exactly as shaping them does`, () => {
      const doc = new PDFDocument({ autoFirstPage: false })
      registerFonts(doc, fontsDirectory)
      const embedded = (doc.font(font) as unknown as { _font: EmbeddedFont })._font
      const shape = (text: string) => embedded.layoutRun(text, featuresFor(font))
      const composed = composingNumbers(shape)
      for (const text of printedNumbers()) {
        const expected = shape(text)
        const actual = composed(text)
        expect(placed(actual), text).toEqual(placed(expected))
        expect(actual.advanceWidth, text).toBeCloseTo(expected.advanceWidth, 6)
        expect(actual.glyphs.map((glyph) => glyph.codePoints)).toEqual(expected.glyphs.map((glyph) => glyph.codePoints))
      }
    })
  }

  it('shapes words, not only numbers, in full', () => {
    const shaped: string[] = []
    const composed = composingNumbers((text) => {
      shaped.push(text)
      return { glyphs: [], positions: [], advanceWidth: 0 }
    })
    composed('Hà Nội')
    composed('fi')
    expect(shaped).toEqual(['Hà Nội', 'fi'])
  })
})
