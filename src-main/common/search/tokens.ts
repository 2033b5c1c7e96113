/**
 * Word tokens as the index sees them: runs of letters, digits and marks; everything else separates. This mirrors
 * SQLite's unicode61 tokenizer (which splits the folded columns), so a query token and an indexed token are cut the
 * same way, and highlights land on the same words the index matched.
 */
export type Token = { text: string; start: number; end: number }

const tokenCharacter = /^[\p{L}\p{N}\p{M}\p{Co}]$/u
// 1 = part of a word, 2 = separator; filled as characters are met (a loop over a table beats a Unicode regex).
const characterKinds = new Uint8Array(0x10000)

function isTokenCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdfff) return tokenCharacter.test(String.fromCodePoint(text.codePointAt(index) ?? 0))
  let kind = characterKinds[code]
  if (!kind) {
    kind = tokenCharacter.test(String.fromCharCode(code)) ? 1 : 2
    characterKinds[code] = kind
  }
  return kind === 1
}

/** The tokens of already folded text, with their UTF-16 offsets in it. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = []
  let start = -1
  for (let index = 0; index <= folded.length; index++) {
    const inWord = index < folded.length && isTokenCharacter(folded, index)
    if (inWord && start < 0) start = index
    else if (!inWord && start >= 0) {
      tokens.push({ text: folded.slice(start, index), start, end: index })
      start = -1
    }
  }
  return tokens
}
