/**
 * The citable number at the start of a block, as diplomats cite it: "9.", "12(b)", "(c)", "a)", "IV.", "Điều 3",
 * "Article 5", "Статья 7". Returned as written (without a trailing dot), or null when the block is not numbered.
 */
const labelPatterns: RegExp[] = [
  /^(?:Điều|Điều|Article|Art\.|Статья|Пункт|Khoản|Mục|Chương|Section)\s+\d+[a-z]?/iu,
  /^\d+(?:\.\d+)*\s*\([a-zа-я\d]+\)/iu,
  /^\d+(?:\.\d+)*\.?(?=\s)/u,
  /^\([a-zа-я\d]{1,3}\)/iu,
  /^[a-zа-я]\)(?=\s)/iu,
  /^[IVXLC]+\.(?=\s)/u,
]

/** The paragraph number that opens `blockText`, or null. */
export function paragraphLabel(blockText: string): string | null {
  const text = blockText.trimStart()
  for (const pattern of labelPatterns) {
    const match = pattern.exec(text)
    if (match) return match[0].replace(/\.$/, '').trim()
  }
  return null
}
