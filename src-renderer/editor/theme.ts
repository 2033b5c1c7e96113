import type { EditorThemeClasses } from 'lexical'

/** Class names Lexical puts on what it draws; the reader's stylesheet styles them. */
export const readerTheme: EditorThemeClasses = {
  text: { bold: 'text--bold', italic: 'text--italic' },
}
