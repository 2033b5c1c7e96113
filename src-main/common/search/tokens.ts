/**
 * Word tokens as the index sees them: runs of letters, digits and marks; everything else separates. This mirrors
 * SQLite's unicode61 tokenizer (which splits the folded columns), so a query token and an indexed token are cut the
 * same way, and highlights land on the same words the index matched.
 */
export type Token = { text: string; start: number; end: number }

const tokenPattern = /[\p{L}\p{N}\p{M}\p{Co}]+/gu

/** The tokens of already folded text, with their UTF-16 offsets in it. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = []
  for (const match of folded.matchAll(tokenPattern)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length })
  }
  return tokens
}
