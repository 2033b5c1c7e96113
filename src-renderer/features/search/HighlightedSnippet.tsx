import type { Snippet } from '@common/search/highlight'

/** A snippet of the original text with its matches marked (<mark>), and ellipses where it was cut. */
export function HighlightedSnippet({ snippet }: { snippet: Snippet }) {
  const parts: { text: string; marked: boolean }[] = []
  let at = 0
  for (const range of snippet.highlights) {
    if (range.start > at) parts.push({ text: snippet.text.slice(at, range.start), marked: false })
    parts.push({ text: snippet.text.slice(range.start, range.end), marked: true })
    at = range.end
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), marked: false })
  return (
    <span className="search-snippet">
      {snippet.leadingEllipsis ? '…' : null}
      {parts.map(renderPart)}
      {snippet.trailingEllipsis ? '…' : null}
    </span>
  )
}

function renderPart(part: { text: string; marked: boolean }, index: number) {
  const Element = part.marked ? 'mark' : 'span'
  return <Element key={index}>{part.text}</Element>
}
