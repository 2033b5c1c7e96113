import type { Annotation } from '../../common/model/annotation'
import { type MarkdownRun, printableLines } from '../../common/text/lightMarkdown'
import type { ExportLabels } from '../exportLabels'
import { mainComment, replies } from '../selectAnnotations'
import type { BriefingCanvas, TextStyle } from './canvas'
import { ink, markerRgb } from './colors'
import { drawSegments, layoutRuns, type StyledSegment } from './richText'

const noteText: TextStyle = { font: 'sans', size: 7.5, leading: 1.3 }
const noteMuted: TextStyle = { font: 'sans', size: 7, color: ink.muted, leading: 1.3 }
const numberStyle: TextStyle = { font: 'sansBold', size: 7.5, leading: 1.3 }
/** Long comments are cut in the note; the full text is in the PDF annotation and the other exports. */
const maxLinesPerNote = 14
const numberIndent = 14

/** A numbered note laid out for a column width, ready to draw. */
export type Note = {
  number: number
  annotation: Annotation
  /** Each line's segments (comments keep their bold and italic) and the style that sets its height. */
  lines: { segments: StyledSegment[]; style: TextStyle }[]
  height: number
}

/** True when an annotation has anything to say beyond its highlight. */
export function hasNote(annotation: Annotation): boolean {
  return annotation.comments.length > 0 || annotation.tags.length > 0
}

/** A plain run of text. */
function plain(text: string): MarkdownRun {
  return { text, bold: false, italic: false, url: null }
}

/** A comment's printable lines with `before` put at the start of the first and `after` at the end of the last. */
function framed(body: string, before: string, after: string): MarkdownRun[][] {
  const lines = printableLines(body)
  if (lines.length === 0) lines.push([])
  lines[0] = [plain(before), ...lines[0]!]
  lines[lines.length - 1] = [...lines[lines.length - 1]!, plain(after)]
  return lines
}

/**
 * Lay out an annotation's note: the comment with its author, tags, then replies, within `width`. Comments are
 * light Markdown: bold and italic are drawn as such, lists as lines, links as their text and address.
 */
export function layoutNote(
  canvas: BriefingCanvas,
  annotation: Annotation,
  number: number,
  width: number,
  labels: ExportLabels,
): Note {
  const pieces: { lines: MarkdownRun[][]; style: TextStyle }[] = []
  const comment = mainComment(annotation)
  if (comment) pieces.push({ lines: framed(comment.body, '', ` — ${comment.author}`), style: noteText })
  if (annotation.tags.length) {
    const tags = `${labels.tags}: ${annotation.tags.map((tag) => tag.name).join(', ')}`
    pieces.push({ lines: [[plain(tags)]], style: noteMuted })
  }
  for (const reply of replies(annotation)) {
    pieces.push({ lines: framed(reply.body, `${labels.reply} · ${reply.author}: `, ''), style: noteMuted })
  }
  const lines: Note['lines'] = []
  for (const piece of pieces) {
    for (const segments of layoutRuns(canvas, piece.lines, piece.style, width - numberIndent)) {
      lines.push({ segments, style: piece.style })
    }
  }
  if (lines.length > maxLinesPerNote) {
    lines.length = maxLinesPerNote
    const last = lines[maxLinesPerNote - 1]!
    last.segments = cutLastWord(last.segments)
  }
  const height = lines.reduce((sum, line) => sum + canvas.lineHeight(line.style), 0) + 4
  return { number, annotation, lines, height }
}

/** Draw a note with its number in the annotation's colour at (x, y), as an artifact (it is not the document's text). */
export function drawNote(canvas: BriefingCanvas, note: Note, x: number, y: number): void {
  canvas.asArtifactOnPage(() => {
    canvas.text(String(note.number), x, y, { ...numberStyle, color: rgbHex(markerRgb[note.annotation.color]) })
    let lineY = y
    for (const line of note.lines) {
      drawSegments(canvas, line.segments, x + numberIndent, lineY)
      lineY += canvas.lineHeight(line.style)
    }
  })
}

/** A line's segments without their last (possibly cut) word, ending in " …". */
function cutLastWord(segments: StyledSegment[]): StyledSegment[] {
  const kept = segments.map((segment) => ({ ...segment }))
  const last = kept[kept.length - 1]
  if (!last) return kept
  last.text = `${last.text.replace(/\s+\S*$/u, '')} …`
  return kept
}

/** A numbered marker ending at `right`: a pill in the annotation's colour, its number an artifact. Returns its width. */
export function drawMarker(
  canvas: BriefingCanvas,
  annotation: Annotation,
  number: number,
  right: number,
  y: number,
): number {
  const label = String(number)
  const style: TextStyle = { font: 'sansBold', size: 6.5, color: '#FFFFFF' }
  const width = Math.max(9, canvas.width(label, style) + 4)
  const x = right - width
  canvas.doc
    .save()
    .roundedRect(x, y + 1.5, width, 9, 4.5)
    .fillColor(markerRgb[annotation.color])
    .fill()
    .restore()
  canvas.asArtifactOnPage(() => canvas.text(label, x + (width - canvas.width(label, style)) / 2, y + 2, style))
  return width
}

/** '#rrggbb' for an RGB triple. */
export function rgbHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`
}
