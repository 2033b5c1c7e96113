const wordCharacter = /[\p{L}\p{N}\p{M}]/u

/**
 * The word at or nearest to `offset` in `text`, without crossing a line break (a block boundary in the canonical
 * text): a comment made at a point (Word's empty range) attaches to it. Looks at the word touching the point first,
 * then the closest word character on either side, preferring the one before on a tie.
 * @returns null when the point's block has no word at all.
 */
export function nearestWord(text: string, offset: number): { start: number; end: number } | null {
  const point = Math.max(0, Math.min(offset, text.length))
  const lineStart = text.lastIndexOf('\n', point - 1) + 1
  const nextBreak = text.indexOf('\n', point)
  const lineEnd = nextBreak < 0 ? text.length : nextBreak
  let hit = -1
  if (point < lineEnd && wordCharacter.test(text[point]!)) hit = point
  else if (point > lineStart && wordCharacter.test(text[point - 1]!)) hit = point - 1
  for (let distance = 1; hit < 0 && (point - distance >= lineStart || point + distance < lineEnd); distance += 1) {
    const before = point - 1 - distance
    const after = point + distance
    if (before >= lineStart && wordCharacter.test(text[before]!)) hit = before
    else if (after < lineEnd && wordCharacter.test(text[after]!)) hit = after
  }
  if (hit < 0) return null
  let start = hit
  let end = hit + 1
  while (start > lineStart && wordCharacter.test(text[start - 1]!)) start -= 1
  while (end < lineEnd && wordCharacter.test(text[end]!)) end += 1
  return { start, end }
}
