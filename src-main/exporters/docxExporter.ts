import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  type ICommentOptions,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx'
import type { Annotation, AnnotationColor } from '../common/model/annotation'
import type { Block } from '../common/model/document'
import { blockStartOffsets } from '../common/text/canonicalText'
import type { ExportSection, Exporter } from './exporter'
import type { ExportLabels } from './exportLabels'
import { printableLines } from '../common/text/lightMarkdown'
import { mainComment, replies } from './selectAnnotations'

/** Word has a fixed highlight palette; these are the nearest to ours (Word has no orange or purple highlight). */
const wordHighlight = {
  yellow: 'yellow',
  green: 'green',
  blue: 'cyan',
  pink: 'magenta',
  purple: 'lightGray',
  orange: 'darkYellow',
} as const satisfies Record<AnnotationColor, string>

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const

/** Word comment ids of one annotation: its main comment and each reply (all anchored to the same range). */
type CommentIds = { annotation: Annotation; ids: number[] }

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => [...part][0]!.toUpperCase())
    .join('')
    .slice(0, 4)
}

/**
 * A comment's light Markdown as Word paragraphs: bold and italic runs, one paragraph per line and list item ("• " or
 * its number first), links as their text followed by the address.
 */
function commentParagraphs(body: string): Paragraph[] {
  return printableLines(body).map(
    (line) =>
      new Paragraph({
        children: line.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic })),
      }),
  )
}

/** The Word comments of a section: one per annotation with a comment or tags, then its replies threaded under it. */
function buildComments(
  section: ExportSection,
  labels: ExportLabels,
  firstId: number,
): { comments: ICommentOptions[]; byAnnotation: Map<string, CommentIds> } {
  const comments: ICommentOptions[] = []
  const byAnnotation = new Map<string, CommentIds>()
  let next = firstId
  for (const annotation of section.annotations) {
    const main = mainComment(annotation)
    if (!main && annotation.tags.length === 0) continue
    const mainId = next++
    const body: Paragraph[] = []
    if (main) body.push(...commentParagraphs(main.body))
    if (annotation.tags.length > 0) {
      body.push(
        new Paragraph({
          children: [
            new TextRun({
              text: `${labels.tags}: ${annotation.tags.map((tag) => tag.name).join(', ')}`,
              italics: true,
            }),
          ],
        }),
      )
    }
    const author = main?.author ?? annotation.author
    comments.push({
      id: mainId,
      author,
      initials: initials(author),
      date: new Date(main?.createdAt ?? annotation.createdAt),
      children: body,
      resolved: annotation.resolvedAt !== null,
    })
    const ids = [mainId]
    for (const reply of replies(annotation)) {
      const replyId = next++
      ids.push(replyId)
      comments.push({
        id: replyId,
        author: reply.author,
        initials: initials(reply.author),
        date: new Date(reply.createdAt),
        parentId: mainId,
        children: commentParagraphs(reply.body),
      })
    }
    byAnnotation.set(annotation.id, { annotation, ids })
  }
  return { comments, byAnnotation }
}

/**
 * The runs of one block: the text cut at every annotation boundary, each piece highlighted in the colour of the
 * innermost annotation covering it, with comment range marks where commented annotations start and end.
 */
function blockChildren(
  block: Block,
  blockStart: number,
  section: ExportSection,
  commentIds: Map<string, CommentIds>,
): ParagraphChild[] {
  const blockEnd = blockStart + block.text.length
  const touching = section.annotations.filter(
    (a) => a.target.start <= blockEnd && a.target.end >= blockStart && a.target.end > a.target.start,
  )
  const cuts = new Set<number>([0, block.text.length])
  for (const a of touching) {
    cuts.add(Math.min(Math.max(a.target.start - blockStart, 0), block.text.length))
    cuts.add(Math.min(Math.max(a.target.end - blockStart, 0), block.text.length))
  }
  const points = [...cuts].sort((x, y) => x - y)
  const children: ParagraphChild[] = []
  const marks = (offset: number, edge: 'start' | 'end'): void => {
    for (const a of touching) {
      const ids = commentIds.get(a.id)
      if (!ids) continue
      const at = (edge === 'start' ? a.target.start : a.target.end) - blockStart
      if (at !== offset) continue
      for (const id of ids.ids) {
        if (edge === 'start') children.push(new CommentRangeStart(id))
        else children.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }))
      }
    }
  }
  for (const [index, from] of points.entries()) {
    marks(from, 'end')
    marks(from, 'start')
    const to = points[index + 1]
    if (to === undefined || to === from) continue
    const covering = touching.filter((a) => a.target.start - blockStart <= from && a.target.end - blockStart >= to)
    const innermost = covering.sort((x, y) => y.target.start - x.target.start)[0]
    children.push(
      new TextRun({
        text: block.text.slice(from, to),
        ...(innermost ? { highlight: wordHighlight[innermost.color] } : {}),
      }),
    )
  }
  return children
}

function paragraphFor(block: Block, children: ParagraphChild[]): Paragraph {
  if (block.kind === 'heading') {
    const level = Math.min(Math.max(block.level ?? 2, 1), 6) - 1
    return new Paragraph({ heading: headingLevels[level], children })
  }
  if (block.kind === 'listItem') return new Paragraph({ indent: { left: 360 * (block.level ?? 1) }, children })
  if (block.kind === 'quote') return new Paragraph({ indent: { left: 720 }, children })
  return new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 120 }, children })
}

/**
 * A Word document of the text with every comment as a real Word comment anchored to its passage (replies threaded
 * under it, author and date kept, tags listed in it, resolved threads marked done) and highlights as Word
 * highlighting. Paragraph numbers stay in the text as typed, so Word never renumbers them.
 */
export const docxExporter: Exporter = {
  format: 'docx',
  extension: 'docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  async write(input, progress) {
    const allComments: ICommentOptions[] = []
    const sections = []
    for (const [sectionIndex, section] of input.sections.entries()) {
      const { comments, byAnnotation } = buildComments(section, input.labels, allComments.length)
      allComments.push(...comments)
      const starts = blockStartOffsets(section.revision.blocks)
      const paragraphs: Paragraph[] = []
      if (input.sections.length > 1)
        paragraphs.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(section.document.title)] }))
      for (const [index, block] of section.revision.blocks.entries()) {
        paragraphs.push(paragraphFor(block, blockChildren(block, starts[index]!, section, byAnnotation)))
        if (index % 200 === 199) await progress.pause()
      }
      sections.push({ properties: {}, children: paragraphs })
      progress.report(((sectionIndex + 1) / input.sections.length) * 0.8)
    }
    const document = new Document({
      creator: input.exportedBy || 'Marginalia',
      title: input.title,
      comments: { children: allComments },
      styles: { default: { document: { run: { font: 'Noto Serif' } } } },
      sections,
    })
    const buffer = await Packer.toBuffer(document)
    progress.report(1)
    return new Uint8Array(buffer)
  },
}
