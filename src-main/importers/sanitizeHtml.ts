import type createDOMPurifyType from 'dompurify'

/** What sanitising removed, for the import report. */
export type SanitizedHtml = { body: HTMLElement; title: string | null; removedActiveContent: boolean; images: number }

/**
 * Parse untrusted HTML and keep only inert structure and text. jsdom runs no scripts and loads no resources by
 * default; DOMPurify then removes script, style, iframes, objects, forms, event handlers, data-* attributes and
 * every URL-bearing attribute, so nothing in an imported document can run code or reach the network, even if a
 * later step were to render this HTML. jsdom and DOMPurify load on first use, keeping the worker's start fast. Images are counted (the import report says they were left out) and removed.
 */
export async function sanitizeHtml(html: string): Promise<SanitizedHtml> {
  // Loaded on first use, so that the import worker starts quickly for plain text.
  const { JSDOM } = await import('jsdom')
  const createDOMPurify = (await import('dompurify')).default
  const dom = new JSDOM(html)
  const title = dom.window.document.title.trim() || null
  const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurifyType>[0])
  const images = dom.window.document.querySelectorAll('img, svg image, picture').length
  const body = purify.sanitize(dom.window.document.body?.innerHTML ?? '', {
    RETURN_DOM: true,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    FORBID_TAGS: ['style', 'link', 'meta', 'base', 'img', 'picture', 'svg', 'math', 'video', 'audio', 'source', 'form'],
    FORBID_ATTR: ['style', 'href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'background', 'poster'],
  }) as HTMLElement
  const removedActiveContent = purify.removed.some((entry) => {
    const element = 'element' in entry ? (entry.element as Element | null) : null
    const attribute = 'attribute' in entry ? (entry.attribute as Attr | null) : null
    if (element && /^(script|iframe|object|embed|frame|frameset)$/i.test(element.nodeName)) return true
    return !!attribute && (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
  })
  return { body, title, removedActiveContent, images }
}
