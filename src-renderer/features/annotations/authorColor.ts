/**
 * Each colleague's own colour, as a hue (0–359) from their stable author id, so a name keeps its colour in every
 * library and every session. The panel draws it as a round initial badge (see `.author__badge`), never as a text
 * background, so it is not read as a highlight colour; lightness comes from the theme, so it reads in light and dark.
 * The 32-bit FNV-1a hash spreads similar ids (one character apart) across the wheel.
 */
export function authorHue(authorKey: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < authorKey.length; index++) {
    hash ^= authorKey.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  // Steps of 15° keep neighbouring colleagues' hues visibly apart.
  return ((hash >>> 0) % 24) * 15
}

/** The key a name is coloured by: its author id, or "" for this library's own user. */
export function authorKey(authorId: string | null | undefined, myAuthorId: string | null): string {
  return !authorId || authorId === myAuthorId ? '' : authorId
}
