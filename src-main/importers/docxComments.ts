import type { ImportWarning } from '../common/api/documentsApi'
import { markerText } from './textMarkers'

/** One Word comment as comments.xml has it. */
export type WordComment = {
  id: string
  author: string
  date: string | null
  /** Plain text, paragraphs joined by '\n'. */
  body: string
  /** w14:paraId of its last paragraph: what commentsExtended.xml refers to. */
  paraId: string | null
}

/** Reply links and "done" marks from commentsExtended.xml, by paraId. */
export type CommentExtensions = Map<string, { parentParaId: string | null; done: boolean }>

/** Everything a DOCX says about its comments. */
export type WordComments = { comments: WordComment[]; extensions: CommentExtensions; warnings: ImportWarning[] }

/** Limits that keep a hostile comments part from costing more than the document itself. */
export const commentLimits = { maxPartBytes: 16 * 1024 * 1024, maxComments: 10_000, maxBodyLength: 100_000 }

/**
 * Read word/comments.xml and word/commentsExtended.xml (replies by w15:paraIdParent, resolved by w15:done="1").
 * commentsIds.xml only maps paraIds to durable ids, which threads do not need. A comments part that is too large or
 * not well-formed XML leaves the text to import without its comments, and the report says so.
 */
export async function readWordComments(files: Record<string, Uint8Array>): Promise<WordComments> {
  const part = files['word/comments.xml']
  const empty: WordComments = { comments: [], extensions: new Map(), warnings: [] }
  if (!part) return empty
  if (part.length > commentLimits.maxPartBytes) {
    return { ...empty, warnings: [{ code: 'import.commentsUnreadable' }] }
  }
  const { JSDOM } = await import('jsdom')
  const parse = (bytes: Uint8Array): Document =>
    new JSDOM(new TextDecoder().decode(bytes), { contentType: 'text/xml' }).window.document
  let document: Document
  try {
    document = parse(part)
  } catch {
    return { ...empty, warnings: [{ code: 'import.commentsUnreadable' }] }
  }
  const elements = Array.from(document.getElementsByTagName('w:comment'))
  const warnings: ImportWarning[] = []
  if (elements.length > commentLimits.maxComments) {
    warnings.push({ code: 'import.commentsLeftOut', params: { count: elements.length - commentLimits.maxComments } })
  }
  const comments = elements.slice(0, commentLimits.maxComments).map((element): WordComment => {
    const paragraphs = Array.from(element.getElementsByTagName('w:p'))
    return {
      id: element.getAttribute('w:id') ?? '',
      author: (element.getAttribute('w:author') ?? '').normalize('NFC').trim(),
      date: isoDate(element.getAttribute('w:date')),
      body: paragraphs
        .map(paragraphText)
        .join('\n')
        .replace(/\n+$/, '')
        .normalize('NFC')
        .slice(0, commentLimits.maxBodyLength),
      paraId: paragraphs.at(-1)?.getAttribute('w14:paraId') ?? null,
    }
  })
  const extensions: CommentExtensions = new Map()
  const extended = files['word/commentsExtended.xml']
  if (extended && extended.length <= commentLimits.maxPartBytes) {
    try {
      for (const entry of Array.from(parse(extended).getElementsByTagName('w15:commentEx'))) {
        const paraId = entry.getAttribute('w15:paraId')
        if (!paraId) continue
        extensions.set(paraId, {
          parentParaId: entry.getAttribute('w15:paraIdParent'),
          done: entry.getAttribute('w15:done') === '1',
        })
      }
    } catch {
      warnings.push({ code: 'import.commentsUnreadable' })
    }
  }
  return { comments: comments.filter((comment) => comment.id !== ''), extensions, warnings }
}

/**
 * Write a marker where each comment's range starts and ends and where its reference mark is, as runs of text that
 * mammoth carries into the HTML like any other text (textMarkers.ts takes them out of the final blocks).
 */
export function markCommentRanges(documentXml: string): string {
  const run = (key: string): string => `<w:r><w:t xml:space="preserve">${markerText(key)}</w:t></w:r>`
  return documentXml
    .replace(/<w:commentRangeStart\b[^>]*?w:id="([^"]{1,20})"[^>]*?(?:\/>|>\s*<\/w:commentRangeStart>)/g, (_, id) =>
      run(`s${id as string}`),
    )
    .replace(/<w:commentRangeEnd\b[^>]*?w:id="([^"]{1,20})"[^>]*?(?:\/>|>\s*<\/w:commentRangeEnd>)/g, (_, id) =>
      run(`e${id as string}`),
    )
    .replace(
      /<w:commentReference\b[^>]*?w:id="([^"]{1,20})"[^>]*?(?:\/>|>\s*<\/w:commentReference>)/g,
      (_, id) => `<w:t xml:space="preserve">${markerText(`r${id as string}`)}</w:t>`,
    )
}

/** Tracked insertions, deletions and moves in the body; mammoth keeps insertions and drops deletions (accepts them). */
export function countTrackedChanges(documentXml: string): number {
  return (documentXml.match(/<w:(?:ins|del|moveFrom|moveTo)\b(?=[\s/>])/g) ?? []).length
}

function paragraphText(paragraph: Element): string {
  let text = ''
  const visit = (node: Element): void => {
    for (const child of Array.from(node.children)) {
      const name = child.tagName
      if (name === 'w:t') text += child.textContent ?? ''
      else if (name === 'w:tab') text += '\t'
      else if (name === 'w:br' || name === 'w:cr') text += '\n'
      else if (name !== 'w:delText' && name !== 'w:instrText') visit(child)
    }
  }
  visit(paragraph)
  return text
}

function isoDate(value: string | null): string | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}
