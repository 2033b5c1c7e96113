import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { fontsDirectory } from '../../../tests/support/exportFixture'
import { featuresFor } from './faceLayout'
import { fontFiles, type FontName, registerFonts } from './fonts'

type Glyph = { id: number; name: string; codePoints: number[] }
type FontkitFont = { layout(text: string, features?: unknown): { glyphs: Glyph[] } }

/** Every Vietnamese letter: each vowel with each of the six tones, in both cases, plus đ. */
function vietnameseLetters(): string {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']
  const letters = vowels.flatMap((vowel) => tones.map((tone) => (vowel + tone).normalize('NFC')))
  return [...letters, 'đ', ...letters.map((letter) => letter.toUpperCase()), 'Đ'].join('')
}

const russian = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя'
const punctuation = '“”‘’–—…¶·«»№'

describe('bundled fonts', () => {
  const doc = new PDFDocument({ autoFirstPage: false })
  registerFonts(doc, fontsDirectory)

  it.each(Object.keys(fontFiles) as FontName[])(
    '%s has its own precomposed glyph for every Vietnamese and Russian letter (no fallback, copyable)',
    (face) => {
      const font = (doc.font(face) as unknown as { _font: { font: FontkitFont } })._font.font
      const text = vietnameseLetters() + russian + punctuation
      const glyphs = font.layout(text, featuresFor(face)).glyphs
      expect(glyphs.filter((glyph) => glyph.id === 0)).toEqual([])
      // One glyph per character, each mapping back to it: pdftotext gives back exactly what was printed.
      expect(glyphs.map((glyph) => String.fromCodePoint(...glyph.codePoints)).join('')).toBe(text)
      expect(glyphs.length).toBe([...text].length)
    },
  )
})
