/** A glyph as pdfkit reads it from a laid-out run. */
type RunGlyph = { id: number; advanceWidth: number; codePoints: number[] }
/** A glyph's placement as pdfkit reads it (already scaled to 1000 units per em). */
type RunPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }
/** What pdfkit's `layoutRun` returns and its word cache keeps. */
export type GlyphRun = { glyphs: RunGlyph[]; positions: RunPosition[]; advanceWidth: number }
/** A face's shaping of a run in a script (OpenType tag; undefined: found from the text, as fontkit does). */
type Shape = (text: string, script: string | undefined) => GlyphRun

/**
 * Characters fontkit counts as Common script: space, ASCII digits and punctuation, Latin-1 signs, dashes, quotes
 * and other general punctuation. Soft hyphen (hidden by fontkit) and the invisible controls are left out.
 */
const common =
  /[\u0020-\u0040\u005b-\u0060\u007b-\u007e\u00a0-\u00a9\u00ab\u00ac\u00ae-\u00b9\u00bb-\u00bf\u00d7\u00f7\u2010-\u2027\u2030-\u205e]/
/** Latin letters: ASCII, Latin-1, Extended-A and -B, and Latin Extended Additional (Vietnamese precomposed). */
const latin = /[A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]/
/** Cyrillic letters, without the combining signs at U+0483–U+0489. */
const cyrillic = /[\u0400-\u0482\u048a-\u04ff]/
/** Text made only of the characters above: no combining marks, modifier letters, tabs or other scripts. */
const composable = new RegExp(`^(?:${common.source}|${latin.source}|${cyrillic.source})+$`)

/** The script fontkit picks for a text: that of its first letter (Latin or Cyrillic here), else none. */
function scriptOf(text: string): string | undefined {
  for (const character of text) {
    if (latin.test(character)) return 'latn'
    if (cyrillic.test(character)) return 'cyrl'
  }
  return undefined
}

/**
 * Lays out words of Latin (Vietnamese included, precomposed as our NFC text is), Cyrillic and common characters
 * from cached characters and character pairs instead of shaping each word, shaping them in the word's script as
 * fontkit would. In the bundled Noto faces these characters meet, in the features we apply, only pair kerning and
 * ligatures of two characters (fi, fl, ff), which a pair shows: a pair that shapes into other glyphs, moves a glyph
 * off its advance, or changes the second glyph's advance sends the word to the shaper whole (null: the caller shapes
 * it). Contextual rules in these faces need a combining mark, and text with one is always shaped whole. Shaping costs about the same for a
 * word as for a pair, and a long text has far fewer distinct pairs than words: briefings print thousands of
 * distinct words and numbers (markers, notes, index entries, pages).
 */
export function composingRuns(shape: Shape): (text: string) => GlyphRun | null {
  const singles = new Map<string, GlyphRun | null>()
  const pairs = new Map<string, number | null>()
  /** The run of one character when it is one glyph on its advance (else null: shape the whole text). */
  const single = (character: string, script: string | undefined): GlyphRun | null => {
    const key = `${script}|${character}`
    let run = singles.get(key)
    if (run === undefined) {
      const shaped = shape(character, script)
      const alone = shaped.glyphs.length === 1 && !shaped.positions[0]!.xOffset && !shaped.positions[0]!.yOffset
      run = alone ? shaped : null
      singles.set(key, run)
    }
    return run
  }
  /** The first glyph's advance before `second`, kerning included (null when the pair does more than kern). */
  const pairAdvance = (first: string, second: string, script: string | undefined): number | null => {
    const key = `${script}|${first}${second}`
    let advance = pairs.get(key)
    if (advance === undefined) {
      const shaped = shape(first + second, script)
      const left = single(first, script)
      const right = single(second, script)
      const same =
        left !== null &&
        right !== null &&
        shaped.glyphs.length === 2 &&
        shaped.glyphs[0]!.id === left.glyphs[0]!.id &&
        shaped.glyphs[1]!.id === right.glyphs[0]!.id &&
        !shaped.positions[0]!.xOffset &&
        !shaped.positions[0]!.yOffset &&
        !shaped.positions[1]!.xOffset &&
        !shaped.positions[1]!.yOffset &&
        shaped.positions[1]!.xAdvance === right.positions[0]!.xAdvance
      advance = same ? shaped.positions[0]!.xAdvance : null
      pairs.set(key, advance)
    }
    return advance
  }
  const compose = (text: string): GlyphRun | null => {
    const script = scriptOf(text)
    const glyphs: RunGlyph[] = []
    const positions: RunPosition[] = []
    let advanceWidth = 0
    for (let index = 0; index < text.length; index++) {
      const run = single(text[index]!, script)
      if (!run) return null
      const next = text[index + 1]
      const xAdvance = next === undefined ? run.positions[0]!.xAdvance : pairAdvance(text[index]!, next, script)
      if (xAdvance === null) return null
      glyphs.push(run.glyphs[0]!)
      positions.push({ ...run.positions[0]!, xAdvance })
      advanceWidth += xAdvance
    }
    return { glyphs, positions, advanceWidth }
  }
  return (text) => (text.length > 1 && composable.test(text) ? compose(text) : null)
}
