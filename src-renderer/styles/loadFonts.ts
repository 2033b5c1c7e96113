/** The faces of the reader's bundled font (see fonts.css). */
const faces = ['400 16px', 'italic 400 16px', '700 16px', 'italic 700 16px'].map(
  (style) => `${style} "Marginalia Serif"`,
)

/**
 * Load the bundled font before the first document is drawn, so positions measured at open (a restored reading
 * place, a revealed passage) do not move when the font arrives. Local files load in milliseconds; a failure only
 * means the text shows in the fallback font, so it is not an error.
 */
export async function loadReaderFonts(): Promise<void> {
  if (!('fonts' in document)) return
  await Promise.all(faces.map((face) => document.fonts.load(face, 'Đường Ж'))).catch(() => undefined)
}
