import { composingRuns, type GlyphRun } from './composedRuns'
import { type EmbeddedFace, FaceWords } from './faceWords'
import type { FontName } from './fonts'

/**
 * OpenType features per face. Noto Sans's `ccmp` decomposes letters with a dot below ("ọ" → "o" + U+0323); pdfkit
 * then maps the shared "o" glyph to one code point only, and copied text loses the dot ("trọng" → "trong").
 * Our text is always NFC, so the precomposed glyphs are right. Noto Serif keeps them without help.
 */
export function featuresFor(font: FontName): Record<string, boolean> | undefined {
  return font.startsWith('sans') ? { ccmp: false } : undefined
}

/** fontkit's face, as pdfkit's embedded font holds it. */
type FontkitFace = {
  layout(text: string, features?: unknown, script?: string): GlyphRun & { positions: Record<string, number>[] }
}
/** pdfkit's embedded font (0.20), with the layout it does per run of text. */
type LayingOutFace = EmbeddedFace & { font: FontkitFace; layoutRun(text: string, features?: unknown): GlyphRun }

/** pdfkit's `layoutRun` with a script given: fontkit's layout, scaled to 1000 units per em the same way. */
function shapeIn(face: LayingOutFace, text: string, features: unknown, script: string | undefined): GlyphRun {
  const run = face.font.layout(text, features, script)
  for (let index = 0; index < run.positions.length; index++) {
    const position = run.positions[index]!
    for (const key in position) position[key]! *= face.scale
    position.advanceWidth = run.glyphs[index]!.advanceWidth * face.scale
  }
  return run
}

/**
 * Make a face lay out with its features by default, and words from cached characters and pairs where that gives
 * the same glyphs (`composingRuns`). Passing features per call would bypass pdfkit's per-word layout cache, so the
 * default itself is changed, once per document. Returns the face's word cache, which measures and writes its text.
 */
export function tuneLayout(doc: PDFKit.PDFDocument, font: FontName): FaceWords {
  const features = featuresFor(font)
  const face = (doc.font(font) as unknown as { _font: LayingOutFace })._font
  const layoutRun = face.layoutRun.bind(face)
  // Composed text has no combining marks, so mark positioning has nothing to do: leaving it out spares decoding
  // each face's mark tables (anchors for hundreds of glyphs), which took longer than all the shaping of a briefing.
  // A fresh object each time: fontkit writes the features it applied into the one it is given.
  const composed = composingRuns((text, script) =>
    shapeIn(face, text, { ...features, mark: false, mkmk: false }, script),
  )
  face.layoutRun = (text, requested) =>
    requested ? layoutRun(text, requested) : (composed(text) ?? layoutRun(text, features))
  return new FaceWords(face)
}
