/**
 * Text clean-up shared by every importer. Every stored text is Unicode NFC (macOS and some Word exports write NFD,
 * Windows-1258 writes tone marks as combining characters); line ends are unified before structure is read.
 */

/** Every way a line can end in files we receive: CRLF (Windows), CR (classic Mac), LF, NEL, LS and PS. */
const lineEnd = /\r\n|\r|\u0085|\u2028|\u2029/g

/** Unify line ends to '\n' and drop a leading byte order mark; NFC. */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return withoutBom.replace(lineEnd, '\n').normalize('NFC')
}

/**
 * C0/C1 control characters other than tab carry no text (a NUL from a broken export, a form feed between pages);
 * they are dropped so that they cannot split words invisibly. Line ends are handled before this runs.
 */
// eslint-disable-next-line no-control-regex
const invisibleControls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g

/**
 * Make a string safe as one block's text: NFC, no line breaks (they would break the canonical text's block
 * boundaries, so each becomes a space), no invisible control characters, no surrounding white space.
 */
export function blockText(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')
    .replace(invisibleControls, '')
    .normalize('NFC')
    .trim()
}
