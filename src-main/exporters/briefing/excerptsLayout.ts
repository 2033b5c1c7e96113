import type { Annotation } from '../../common/model/annotation'
import type { Revision } from '../../common/model/document'
import { type MarkdownRun, printableLines } from '../../common/text/lightMarkdown'
import type { ExportSection } from '../exporter'
import { sectionCitations } from '../citations'
import { formatDate } from '../exportLabels'
import { mainComment, replies } from '../selectAnnotations'
import type { BriefingContext } from './briefingContext'
import type { TextStyle } from './canvas'
import { ink } from './colors'
import { highlightLine } from './highlightLine'
import { drawMarker } from './notes'
import { richParagraph } from './richText'

const passageStyle: TextStyle = { font: 'serif', size: 10, leading: 1.5 }
const metaStyle: TextStyle = { font: 'sans', size: 8, color: ink.muted }
const commentStyle: TextStyle = { font: 'sans', size: 9, leading: 1.4 }
const replyStyle: TextStyle = { font: 'sans', size: 8.5, color: ink.muted, leading: 1.4 }
/** How much text around a passage is shown, in characters, cut back to a word boundary. */
const contextLength = 140

/** The passage with a little context on each side, never crossing into other paragraphs. */
export function passageWithContext(revision: Revision, annotation: Annotation): { text: string; start: number } {
  const text = revision.text
  const blockStart = text.lastIndexOf('\n', annotation.target.start - 1) + 1
  const nextBreak = text.indexOf('\n', annotation.target.end)
  const blockEnd = nextBreak < 0 ? text.length : nextBreak
  let from = Math.max(blockStart, annotation.target.start - contextLength)
  let to = Math.min(blockEnd, annotation.target.end + contextLength)
  if (from > blockStart) from = Math.min(annotation.target.start, text.indexOf(' ', from) + 1 || from)
  if (to < blockEnd) to = Math.max(annotation.target.end, text.lastIndexOf(' ', to) || to)
  // An ellipsis marks where the context was cut; `start` moves back by its length so offsets still line up.
  const lead = from > blockStart ? '… ' : ''
  const tail = to < blockEnd ? ' …' : ''
  return { text: `${lead}${text.slice(from, to)}${tail}`, start: from - lead.length }
}

/**
 * Only the annotated passages: each with its number, paragraph, author and date, the passage with context and the
 * highlight in its colour, then the comment, tags and replies.
 */
export async function drawExcerpts(section: ExportSection, context: BriefingContext): Promise<void> {
  const { canvas, labels, numbers } = context
  const geometry = canvas.geometry
  canvas.newPage()
  if (context.sectionHeading) context.sectionHeading(section)
  if (section.annotations.length === 0) canvas.paragraph(labels.noAnnotations, commentStyle, area(0))
  const citations = sectionCitations(section, labels)
  for (const [index, annotation] of section.annotations.entries()) {
    const number = numbers.get(annotation.id)!
    canvas.ensure(70)
    const meta = [
      citations.get(annotation.id) ?? '',
      annotation.author,
      formatDate(annotation.createdAt, labels),
      labels.colors[annotation.color],
      annotation.resolvedAt ? labels.resolved : labels.open,
    ].filter(Boolean)
    context.pages.set(annotation.id, canvas.pageIndex + 1)
    drawMarker(canvas, annotation, number, geometry.bodyX - 4, canvas.y - 1)
    canvas.text(meta.join(' · '), geometry.bodyX, canvas.y, metaStyle)
    canvas.y += canvas.lineHeight(metaStyle) + 2

    const passage = passageWithContext(section.revision, annotation)
    const span = {
      annotation,
      start: annotation.target.start - passage.start,
      end: annotation.target.end - passage.start,
    }
    let offset = 0
    for (const paragraph of passage.text.split('\n')) {
      const shifted = { ...span, start: span.start - offset, end: span.end - offset }
      canvas.paragraph(paragraph, passageStyle, area(10), (line) =>
        highlightLine(canvas, paragraph, line, [shifted], passageStyle, context.native),
      )
      offset += paragraph.length + 1
    }
    const comment = mainComment(annotation)
    if (comment) {
      canvas.y += 3
      richParagraph(canvas, withLead(`${labels.comment}: `, comment.body), commentStyle, area(10))
    }
    if (annotation.tags.length > 0) {
      canvas.paragraph(`${labels.tags}: ${annotation.tags.map((tag) => tag.name).join(', ')}`, replyStyle, area(10))
    }
    for (const reply of replies(annotation)) {
      const when = formatDate(reply.createdAt, labels, true)
      richParagraph(canvas, withLead(`${labels.reply} · ${reply.author} (${when}): `, reply.body), replyStyle, area(22))
    }
    canvas.y += 12
    if (context.due()) await context.pause(index / section.annotations.length)
  }

  function area(indent: number): { x: number; width: number } {
    return { x: geometry.bodyX + indent, width: geometry.bodyWidth - indent }
  }
}

/** A comment's printable lines (light Markdown rendered) with a plain lead-in on the first line. */
function withLead(lead: string, body: string): MarkdownRun[][] {
  const [first = [], ...rest] = printableLines(body)
  return [[{ text: lead, bold: false, italic: false, url: null }, ...first], ...rest]
}
