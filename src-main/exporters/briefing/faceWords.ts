import type { GlyphRun } from './composedRuns'

/** The parts of pdfkit's embedded font (pdfkit 0.20) that lay out, subset and describe a face. */
export type EmbeddedFace = {
  id: string
  ascender: number
  scale: number
  widths: number[]
  unicode: number[][]
  subset: { includeGlyph(id: number): number }
  layoutCached(text: string): GlyphRun
  ref(): PDFKit.PDFKitReference
}

/** A number as pdfkit writes it into a content stream (six decimals at most). */
export function pdfNumber(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

/**
 * One face's words, laid out once and encoded once. pdfkit lays out and encodes every run of text glyph by glyph
 * (a hex string, a subset lookup and a width check per glyph, arrays concatenated per word); a briefing prints the
 * same few thousand words hundreds of thousands of times. Here a word (pdfkit's unit: the text up to and including
 * a space or tab) keeps its advance and its glyphs as the text of a TJ operand, so a line is a join of cached
 * strings. The results equal pdfkit's to the bit: the same layouts (pdfkit's own word cache), the same sums in the
 * same order, the same glyphs added to the subset in the same order (a word's on its first drawing).
 */
export class FaceWords {
  /** Advance of each word, in thousandths of the font size. */
  private readonly advances = new Map<string, number>()
  /** Each drawn word's glyphs as TJ text ("<hex> kerning <hex"), or null when a glyph is moved off its advance. */
  private readonly encoded = new Map<string, string | null>()

  constructor(readonly face: EmbeddedFace) {}

  /** Width of `text` at `size`, as pdfkit's `widthOfString` computes it (no character spacing or scaling). */
  width(text: string, size: number): number {
    let advance = 0
    let last = 0
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code !== 32 && code !== 9) continue
      advance += this.advance(text.slice(last, index + 1))
      last = index + 1
    }
    if (last < text.length) advance += this.advance(last === 0 ? text : text.slice(last))
    // pdfkit adds the character spacing (none) and applies horizontal scaling (100 %): kept for equal rounding.
    return ((advance * (size / 1000) + 0) * 100) / 100
  }

  /**
   * The TJ operand for `text` ("[<…> -12 <…> 0]"), the glyphs added to the subset; "" when it has no glyphs; null
   * when a glyph is placed off its advance (combining marks): pdfkit then writes it with its own positioning.
   */
  operand(text: string): string | null {
    let body = ''
    let last = 0
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code !== 32 && code !== 9) continue
      const word = this.encode(text.slice(last, index + 1))
      if (word === null) return null
      body += word
      last = index + 1
    }
    if (last < text.length) {
      const word = this.encode(last === 0 ? text : text.slice(last))
      if (word === null) return null
      body += word
    }
    if (body === '') return ''
    // A kerned last glyph already closed its piece with its adjustment; otherwise the piece closes with 0.
    return body.endsWith(' <') ? `[<${body.slice(0, -2)}]` : `[<${body}> 0]`
  }

  private advance(word: string): number {
    let advance = this.advances.get(word)
    if (advance === undefined) {
      advance = this.face.layoutCached(word).advanceWidth
      this.advances.set(word, advance)
    }
    return advance
  }

  private encode(word: string): string | null {
    let encoded = this.encoded.get(word)
    if (encoded === undefined) {
      encoded = this.encodeRun(this.face.layoutCached(word))
      this.encoded.set(word, encoded)
    }
    return encoded
  }

  /** What pdfkit's `encode` and `_fragment` write for a run: each glyph's subset id, and kerning after a piece. */
  private encodeRun({ glyphs, positions }: GlyphRun): string | null {
    if (positions.some((position) => position.xOffset || position.yOffset)) return null
    const { face } = this
    let text = ''
    for (let index = 0; index < glyphs.length; index++) {
      const glyph = glyphs[index]!
      const id = face.subset.includeGlyph(glyph.id)
      text += `0000${id.toString(16)}`.slice(-4)
      if (face.widths[id] == null) face.widths[id] = glyph.advanceWidth * face.scale
      if (face.unicode[id] == null) face.unicode[id] = glyph.codePoints
      const kerning = positions[index]!.xAdvance - positions[index]!.advanceWidth
      if (kerning !== 0) text += `> ${pdfNumber(-kerning)} <`
    }
    return text
  }
}
