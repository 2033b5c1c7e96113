/**
 * The number a paragraph starts with ("12.", "(b)", "12(b)", "1.2.", "Điều 3.", "Статья 7."), set aside when two
 * drafts are compared: inserting a paragraph shifts every number after it, and a renumbered paragraph is the same
 * paragraph. Only the number and the spaces after it are split off; the body keeps everything else.
 */
const leadingNumber =
  /^\s*(?:\d{1,3}\s?\((?:[a-zđ]|[ivx]{1,4})\)|\d{1,4}(?:\.\d{1,3})*[.)]|\(?(?:[a-zđ]|[ivx]{1,4})\)|(?:Điều|Khoản|Mục|Chương|Article|Section|Статья|Пункт|Глава)\s+\d{1,3}[a-z]?[.:]?)(?=\s|$)\s*/iu

/** A paragraph split into its leading number (may be empty) and the rest, with where the rest starts. */
export type NumberedText = { number: string; body: string; bodyStart: number }

/** Split off the leading paragraph number of one block's text. */
export function splitLeadingNumber(text: string): NumberedText {
  const match = leadingNumber.exec(text)
  if (!match) return { number: '', body: text, bodyStart: 0 }
  const bodyStart = match[0].length
  return { number: text.slice(0, bodyStart).trim(), body: text.slice(bodyStart), bodyStart }
}
