/** A glyph as pdfkit reads it from a laid-out run. */
type RunGlyph = { id: number; advanceWidth: number; codePoints: number[] }
/** A glyph's placement as pdfkit reads it (already scaled to 1000 units per em). */
type RunPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }
/** What pdfkit's `layoutRun` returns and its word cache keeps. */
export type GlyphRun = { glyphs: RunGlyph[]; positions: RunPosition[]; advanceWidth: number }
/** pdfkit's per-face layout of a run of text, with the face's features. */
type LayoutRun = (text: string) => GlyphRun

/**
 * Digits and the punctuation around numbers ("123.", "— 45", "12/5/2025"). In the bundled Noto faces these glyphs
 * meet no ligature or contextual substitution and no mark positioning: only pair kerning and single substitutions.
 */
const numberText = /^[0-9.,:;/()\-–— ]+$/

/**
 * Lays out numbers from cached characters and character pairs instead of shaping each one. A briefing prints
 * thousands of distinct numbers (markers, notes, index entries and their pages), and shaping a string costs the
 * same whatever its length: numbers were three quarters of all shaping in a 5,000-annotation briefing. A pair
 * laid out once gives the first glyph's advance with its kerning, so the composed run equals the shaped one.
 */
export function composingNumbers(layoutRun: LayoutRun): LayoutRun {
  const singles = new Map<string, GlyphRun | null>()
  const pairs = new Map<string, number | null>()
  /** The run of one character when it is one glyph (else null: shape the whole text). */
  const single = (character: string): GlyphRun | null => {
    let run = singles.get(character)
    if (run === undefined) {
      const shaped = layoutRun(character)
      run = shaped.glyphs.length === 1 ? shaped : null
      singles.set(character, run)
    }
    return run
  }
  /** The first glyph's advance before `second`, kerning included (null when the pair shapes into other glyphs). */
  const pairAdvance = (first: string, second: string): number | null => {
    const key = first + second
    let advance = pairs.get(key)
    if (advance === undefined) {
      const shaped = layoutRun(key)
      const same =
        shaped.glyphs.length === 2 &&
        shaped.glyphs[0]!.id === single(first)?.glyphs[0]!.id &&
        shaped.glyphs[1]!.id === single(second)?.glyphs[0]!.id &&
        !shaped.positions[0]!.xOffset &&
        !shaped.positions[0]!.yOffset &&
        !shaped.positions[1]!.xOffset &&
        !shaped.positions[1]!.yOffset
      advance = same ? shaped.positions[0]!.xAdvance : null
      pairs.set(key, advance)
    }
    return advance
  }
  const compose = (text: string): GlyphRun | null => {
    const glyphs: RunGlyph[] = []
    const positions: RunPosition[] = []
    let advanceWidth = 0
    for (let index = 0; index < text.length; index++) {
      const run = single(text[index]!)
      if (!run) return null
      const next = text[index + 1]
      const xAdvance = next === undefined ? run.positions[0]!.xAdvance : pairAdvance(text[index]!, next)
      if (xAdvance === null) return null
      glyphs.push(run.glyphs[0]!)
      positions.push({ ...run.positions[0]!, xAdvance })
      advanceWidth += xAdvance
    }
    return { glyphs, positions, advanceWidth }
  }
  return (text) => (text.length > 1 && numberText.test(text) ? compose(text) : null) ?? layoutRun(text)
}
