import type { ReactNode } from 'react'
import { type MarkdownRun, parseLightMarkdown, printableLines } from '@common/text/lightMarkdown'

/**
 * A comment's light Markdown (parsed by the shared parser in common/text/lightMarkdown.ts), rendered to React
 * elements, never to HTML, so nothing in a comment can run or style the page. Links are shown with their address
 * but are not links: nothing in a comment can take the user out of the app.
 */
export function LightMarkdown({ source }: { source: string }) {
  const blocks = parseLightMarkdown(source).map((block, index) => {
    if (block.kind === 'paragraph') return <p key={index}>{runsView(block.runs)}</p>
    const items = block.items.map((item, itemIndex) => <li key={itemIndex}>{runsView(item)}</li>)
    return block.ordered ? (
      <ol key={index} start={block.start === 1 ? undefined : block.start}>
        {items}
      </ol>
    ) : (
      <ul key={index}>{items}</ul>
    )
  })
  return <div className="markdown">{blocks}</div>
}

/**
 * A comment on one line, cut to `length` characters with an ellipsis, with its bold and italic kept (for the
 * collapsed card, where the full thread is one click away). Lists read as "• item"; links as text (address).
 */
export function LightMarkdownPreview({ source, length }: { source: string; length: number }) {
  const runs: MarkdownRun[] = []
  let remaining = length
  for (const [index, line] of printableLines(source).entries()) {
    for (const run of index > 0 ? [{ text: ' ', bold: false, italic: false, url: null }, ...line] : line) {
      if (remaining <= 0) break
      const text = run.text.replace(/\s+/gu, ' ')
      const cut = text.length > remaining ? `${text.slice(0, Math.max(0, remaining - 1))}…` : text
      runs.push({ ...run, text: cut })
      remaining -= text.length
    }
  }
  return <>{runsView(runs)}</>
}

function runsView(runs: readonly MarkdownRun[]): ReactNode[] {
  return runs.map((run, index) => {
    let node: ReactNode = run.url === null ? run.text : <LinkText text={run.text} url={run.url} />
    if (run.italic) node = <em>{node}</em>
    if (run.bold) node = <strong>{node}</strong>
    return <span key={index}>{node}</span>
  })
}

function LinkText({ text, url }: { text: string; url: string }) {
  return (
    <span className="markdown__link" title={url}>
      {text}
      {text === url ? null : <span className="markdown__url"> ({url})</span>}
    </span>
  )
}
