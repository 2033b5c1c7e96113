import fs from 'node:fs'
import path from 'node:path'

/**
 * The faces a briefing uses, from resources/fonts (Noto Serif and Noto Sans, OFL, full Vietnamese and Cyrillic).
 * They are whole TTFs: pdfkit embeds only the glyphs used (a subset), and the text stays copyable because pdfkit
 * writes a ToUnicode map. WOFF2 split files are not usable here (text vanishes in PDFs).
 */
export const fontFiles = {
  serif: 'NotoSerif_400Regular.ttf',
  serifBold: 'NotoSerif_700Bold.ttf',
  serifItalic: 'NotoSerif_400Regular_Italic.ttf',
  sans: 'NotoSans_400Regular.ttf',
  sansBold: 'NotoSans_700Bold.ttf',
  // Bold and italic runs of comments in notes.
  sansItalic: 'NotoSans_400Regular_Italic.ttf',
  sansBoldItalic: 'NotoSans_700Bold_Italic.ttf',
} as const

export type FontName = keyof typeof fontFiles

/** Something pdfkit-like that can register fonts (kept narrow so this file needs no pdfkit types). */
type FontRegistry = { registerFont(name: string, source: string): unknown }

/** Register every face under its short name; a missing file is a packaging error, reported with its path. */
export function registerFonts(doc: FontRegistry, directory: string): void {
  for (const [name, file] of Object.entries(fontFiles)) {
    const filePath = path.join(directory, file)
    if (!fs.existsSync(filePath)) throw new Error(`Font file missing: ${filePath}`)
    doc.registerFont(name, filePath)
  }
}

/**
 * Where resources/fonts is: beside the built main bundle (out/main → ../../resources) in development and the
 * browser host, or in the packaged app's resources folder.
 */
export function findFontsDirectory(from: string, resourcesPath?: string): string {
  const candidates = [
    path.resolve(from, '../../resources/fonts'),
    path.resolve(from, '../resources/fonts'),
    ...(resourcesPath ? [path.join(resourcesPath, 'fonts')] : []),
    path.resolve('resources/fonts'),
  ]
  return candidates.find((candidate) => fs.existsSync(path.join(candidate, fontFiles.serif))) ?? candidates[0]!
}
