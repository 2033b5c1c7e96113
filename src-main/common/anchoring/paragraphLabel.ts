import type { Block } from '../model/document'
import { blockIndexAt } from '../text/canonicalText'

// "9. …", "1.2. …", "12) …"
const numbered = /^\s*(\d{1,3}(?:\.\d{1,3})*)[.)]\s/u
// "12(b) …", "12 (b) …"
const numberedItem = /^\s*(\d{1,3})\s?\(([a-zđ]|[ivx]{1,4})\)\s/iu
// "Điều 3. …", "Article 5 …", "Статья 7 …", "Khoản 2 …"
const article = /^\s*(Điều|Khoản|Mục|Chương|Article|Section|Статья|Пункт|Глава)\s+(\d{1,3}[a-z]?)\b/iu
// "(b) …", "b) …": an item of the numbered paragraph before it
const letteredItem = /^\s*\(?([a-zđ])\)\s/iu

/** The letter of a lettered item ("(b) …", "b) …"), which takes the number of the paragraph before it; or null. */
export function itemLetter(text: string): string | null {
  return letteredItem.exec(text)?.[1] ?? null
}

/** The citable label a block carries itself ("9", "12(b)", "Điều 3"), or null. */
export function ownLabel(text: string): string | null {
  const item = numberedItem.exec(text)
  if (item) return `${item[1]}(${item[2]})`
  const number = numbered.exec(text)
  if (number) return number[1] ?? null
  const heading = article.exec(text)
  if (heading) return `${heading[1]} ${heading[2]}`
  return null
}

/**
 * The citable paragraph label for a position: the label of the block it starts in, or, for an unnumbered block
 * (a continuation paragraph or a dash bullet under "8."), the label of the nearest numbered block before it within
 * the same section. "(b)" items take their parent's number ("12(b)"). A heading ends the search: text under a new
 * heading does not belong to the paragraph before it.
 */
export function paragraphLabelAt(blocks: readonly Block[], starts: readonly number[], offset: number): string | null {
  const index = blockIndexAt(starts, offset)
  let lettered: string | null = null
  for (let i = index; i >= 0; i--) {
    const block = blocks[i]
    if (!block) return null
    const label = ownLabel(block.text)
    if (label) return lettered && /^\d/u.test(label) && !label.includes('(') ? `${label}(${lettered})` : label
    if (block.kind === 'heading') return null
    if (i === index) {
      const item = letteredItem.exec(block.text)
      if (item) lettered = item[1] ?? null
    }
  }
  return null
}
