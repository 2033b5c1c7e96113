import fs from 'node:fs'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { corpusAvailable, fontsDirectory, jointStatementPath } from '../../../tests/support/exportFixture'
import { generatedJointStatement } from '../../../tests/support/generatedStatement'
import type { GlyphRun } from './composedRuns'
import { featuresFor, tuneLayout } from './faceLayout'
import { fontFiles, type FontName, registerFonts } from './fonts'

type EmbeddedFont = { layoutRun(text: string, features?: unknown): GlyphRun; font: { layout: unknown } }

/** Numbers as a briefing prints them: markers, "12.", "— 45", dates, ranges, amounts. */
function printedNumbers(): string[] {
  const texts: string[] = []
  for (let number = 1; number <= 1200; number += 7) {
    texts.push(String(number), `${number}.`, `${number}:`, ` — ${number}`, `(${number})`, `${number},`, `${number};`)
  }
  texts.push('30/4/1975', '(30/1/1950', '9/5/2025);', '1.000.000', '2,5', '10–12', '1945-2025', '1/', '0000')
  return texts
}

/** Words as pdfkit lays them out (each with the space after it) and as line breaking measures them (without). */
function printedWords(): string[] {
  let text = generatedJointStatement(40)
  text += '\nAVATAR WAVE Tây Yên “Văn bản” office affluent fjord «Договор» №12 Điều 3 ¶ 9. Ông Bà ĐẠI SỨ'
  text += '\nСовместное заявление о дальнейшем укреплении отношений всеобъемлющего стратегического партнёрства'
  if (corpusAvailable) text += '\n' + fs.readFileSync(jointStatementPath, 'utf8').normalize('NFC')
  const words = new Set<string>()
  for (const word of text.split(/\s+/)) {
    if (!word) continue
    words.add(word)
    words.add(`${word} `)
  }
  return [...words]
}

/** What pdfkit shows of a run: glyphs, where each one goes, and what text each one copies as. */
function placed(run: GlyphRun): { id: number; xAdvance: number; xOffset: number; yOffset: number; text: string }[] {
  return run.glyphs.map((glyph, index) => {
    const { xAdvance, xOffset, yOffset } = run.positions[index]!
    return { id: glyph.id, xAdvance, xOffset, yOffset, text: String.fromCodePoint(...glyph.codePoints) }
  })
}

/** A face tuned as a briefing tunes it, with pdfkit's own shaping kept aside and shaping calls counted. */
function tunedFace(font: FontName): {
  composed: (text: string) => GlyphRun
  shaped: (text: string) => GlyphRun
  shapings: () => number
} {
  const doc = new PDFDocument({ autoFirstPage: false })
  registerFonts(doc, fontsDirectory)
  const embedded = (doc.font(font) as unknown as { _font: EmbeddedFont })._font
  const original = embedded.layoutRun.bind(embedded)
  const fontkit = embedded.font as { layout: (...args: unknown[]) => GlyphRun }
  const layout = fontkit.layout.bind(fontkit)
  let count = 0
  fontkit.layout = (...args: unknown[]) => {
    count++
    return layout(...args)
  }
  tuneLayout(doc, font)
  return {
    composed: (text) => embedded.layoutRun(text),
    shaped: (text) => original(text, featuresFor(font)),
    shapings: () => count,
  }
}

describe('runs composed from characters and pairs', () => {
  for (const font of Object.keys(fontFiles) as FontName[]) {
    it(`lays out words and numbers in ${font} exactly as shaping them whole does, with far fewer shapings`, () => {
      const face = tunedFace(font)
      const texts = [...printedWords(), ...printedNumbers()]
      const composed = texts.map((text) => face.composed(text))
      // Each distinct word costs a shaping only when it is shaped whole; pairs are shared between words.
      expect(face.shapings()).toBeLessThan(texts.length / 2)
      for (const [index, text] of texts.entries()) {
        const expected = face.shaped(text)
        expect(placed(composed[index]!), text).toEqual(placed(expected))
        expect(composed[index]!.advanceWidth, text).toBe(expected.advanceWidth)
      }
    })
  }

  it('shapes whole what pairs cannot show: ligatures, combining marks, other scripts', () => {
    const face = tunedFace('serif')
    const before = face.shapings()
    expect(face.composed('office').glyphs.length).toBeLessThan(6)
    // The marks sit over the "e", moved off their advance by mark positioning.
    expect(placed(face.composed('Vie\u0302\u0323t '))).toEqual(placed(face.shaped('Vie\u0302\u0323t ')))
    expect(face.composed('Vie\u0302\u0323t ').positions.some((position) => position.xOffset !== 0)).toBe(true)
    expect(placed(face.composed('Ελλάδα'))).toEqual(placed(face.shaped('Ελλάδα')))
    expect(face.shapings()).toBeGreaterThan(before)
  })
})
