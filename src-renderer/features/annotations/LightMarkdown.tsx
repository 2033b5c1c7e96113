import type { ReactNode } from 'react'

/**
 * Light Markdown for comments, rendered to React elements (never to HTML, so nothing in a comment can run or
 * style the page): paragraphs, "- " and "1. " lists, **bold**, *italic* / _italic_, [links](url) and bare URLs.
 * Links are shown with their address but are not links: nothing in a comment can take the user out of the app.
 */
export function LightMarkdown({ source }: { source: string }) {
  const blocks: ReactNode[] = []
  let list: { ordered: boolean; items: string[] } | null = null
  let paragraph: string[] = []
  const flushParagraph = () => {
    if (paragraph.length) blocks.push(<p key={blocks.length}>{inline(paragraph.join('\n'))}</p>)
    paragraph = []
  }
  const flushList = () => {
    if (!list) return
    const items = list.items.map((item, index) => <li key={index}>{inline(item)}</li>)
    blocks.push(list.ordered ? <ol key={blocks.length}>{items}</ol> : <ul key={blocks.length}>{items}</ul>)
    list = null
  }
  for (const line of source.split('\n')) {
    const item = /^\s*(?:([-*+])|(\d{1,3})[.)])\s+(.*)$/u.exec(line)
    if (item) {
      flushParagraph()
      const ordered = item[2] !== undefined
      if (list && list.ordered !== ordered) flushList()
      list ??= { ordered, items: [] }
      list.items.push(item[3] ?? '')
    } else if (line.trim() === '') {
      flushParagraph()
      flushList()
    } else {
      flushList()
      paragraph.push(line)
    }
  }
  flushParagraph()
  flushList()
  return <div className="markdown">{blocks}</div>
}

const token = /\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|_(.+?)_|\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s)]+)/gu

function inline(text: string): ReactNode[] {
  const out: ReactNode[] = []
  let last = 0
  for (const match of text.matchAll(token)) {
    const at = match.index ?? 0
    if (at > last) out.push(text.slice(last, at))
    const key = out.length
    const [, bold1, bold2, italic1, italic2, linkText, linkUrl, bare] = match
    if (bold1 ?? bold2) out.push(<strong key={key}>{inline(bold1 ?? bold2 ?? '')}</strong>)
    else if (italic1 ?? italic2) out.push(<em key={key}>{inline(italic1 ?? italic2 ?? '')}</em>)
    else if (linkText && linkUrl) out.push(<LinkText key={key} text={linkText} url={linkUrl} />)
    else if (bare) out.push(<LinkText key={key} text={bare} url={bare} />)
    last = at + match[0].length
  }
  if (last < text.length) out.push(text.slice(last))
  return out
}

function LinkText({ text, url }: { text: string; url: string }) {
  return (
    <span className="markdown__link" title={url}>
      {text}
      {text === url ? null : <span className="markdown__url"> ({url})</span>}
    </span>
  )
}
