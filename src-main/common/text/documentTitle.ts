import type { Block } from '../model/document'

const maxTitleLength = 200

/**
 * A title for a new document: the first heading when the text starts with one (or has one near the start), else
 * the file name without its extension, else the first words of the text. Users can rename it afterwards.
 */
export function documentTitle(blocks: readonly Block[], fileName: string | null, hint?: string | null): string {
  const fromHint = hint?.trim()
  if (fromHint) return shorten(fromHint)
  const heading = blocks.slice(0, 3).find((block) => block.kind === 'heading')
  if (heading) return shorten(heading.text)
  const stem = fileName?.replace(/\.[^.]{1,8}$/, '').trim()
  if (stem) return shorten(stem.normalize('NFC'))
  const first = blocks.find((block) => block.text.trim())?.text ?? ''
  return shorten(first) || 'Untitled'
}

function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim()
  if (single.length <= maxTitleLength) return single
  const cut = single.slice(0, maxTitleLength)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > maxTitleLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}
