import type { Block } from '../model/document'
import { blockText, normalizeText } from './normalizeText'

/**
 * Structure from plain text, with one promise above all: every character of content survives, in order, and no
 * number is rewritten. Paragraphs are separated by blank lines. Inside a paragraph, hard-wrapped lines are joined
 * with one space, except that a line beginning with a paragraph number or a dash bullet starts a new block (lists
 * typed without blank lines between items). A paragraph that is a single short line without final punctuation is
 * a heading. Numbers ("9.", "12(b)", "Điều 3") and dashes stay in the text exactly as they were typed.
 */
export function blocksFromPlainText(source: string): Block[] {
  const lines = normalizeText(source).split('\n')
  const blocks: Block[] = []
  let group: string[] = []
  const flush = (): void => {
    // One push per block: spreading a 200,000-item paragraph into push() overflows the call stack.
    if (group.length > 0) for (const block of blocksOfParagraph(group, blocks.length === 0)) blocks.push(block)
    group = []
  }
  for (const line of lines) {
    if (line.trim() === '') flush()
    else group.push(line)
  }
  flush()
  return blocks
}

/** A dash or bullet that starts a list item: "- ", "– ", "— ", "• ", "* ". */
const dashBullet = /^\s*[-–—•*▪◦]\s+\S/

/**
 * A paragraph number as diplomats and lawyers write them: "9.", "12(b)", "3)", "(a)", "1.2.", "IV.", "Điều 3",
 * "Article 5", "Статья 4". Only used to decide where a block starts; the number is never parsed or rewritten.
 */
const paragraphNumber =
  /^\s*(?:\d+(?:\.\d+)*[.)]\s|\d+\([a-zA-Z0-9]+\)|\([a-zA-Z0-9]{1,4}\)\s|[IVXLC]+\.\s|(?:Điều|Khoản|Article|Статья|Пункт)\s+\d+)/u

/** True when a line begins a new block even without a blank line before it. */
export function startsListOrNumber(line: string): boolean {
  return dashBullet.test(line) || paragraphNumber.test(line)
}

const maxHeadingLength = 120
/** Ends like a sentence: . , ; : ! ? … possibly followed by closing quotes or brackets. */
const finalPunctuation = /[.,;:!?…]["'”’»)\]]*$/u

/** A single line that reads as a heading: short, has letters, no final punctuation, not a list item or number. */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim()
  return (
    text.length > 0 &&
    text.length <= maxHeadingLength &&
    /\p{L}/u.test(text) &&
    !finalPunctuation.test(text) &&
    !dashBullet.test(text) &&
    !/^\s*(?:\d+(?:\.\d+)*[.)]\s|\d+\([a-zA-Z0-9]+\))/.test(text)
  )
}

function blocksOfParagraph(lines: string[], isFirstOfDocument: boolean): Block[] {
  const first = lines[0] ?? ''
  if (lines.length === 1 && looksLikeHeading(first)) {
    return [{ kind: 'heading', text: blockText(first), level: isFirstOfDocument ? 1 : 2 }]
  }
  const blocks: Block[] = []
  let current: string[] = []
  const flush = (): void => {
    const text = blockText(current.map((line) => line.trim()).join(' '))
    if (text) blocks.push({ kind: dashBullet.test(text) ? 'listItem' : 'paragraph', text })
    current = []
  }
  for (const line of lines) {
    if (current.length > 0 && startsListOrNumber(line)) flush()
    current.push(line)
  }
  flush()
  return blocks
}
