import type { Annotation } from '../../common/model/annotation'
import type { ExportLabels } from '../exportLabels'
import { mainComment, replies } from '../selectAnnotations'
import type { BriefingCanvas, TextStyle } from './canvas'
import { ink, markerRgb } from './colors'
import { breakLines } from './lineLayout'

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
  lines: { text: string; style: TextStyle }[]
  height: number
}

/** True when an annotation has anything to say beyond its highlight. */
export function hasNote(annotation: Annotation): boolean {
  return annotation.comments.length > 0 || annotation.tags.length > 0
}

/** Lay out an annotation's note: the comment with its author, tags, then replies, within `width`. */
export function layoutNote(
  canvas: BriefingCanvas,
  annotation: Annotation,
  number: number,
  width: number,
  labels: ExportLabels,
): Note {
  const pieces: { text: string; style: TextStyle }[] = []
  const comment = mainComment(annotation)
  if (comment) pieces.push({ text: `${comment.body} — ${comment.author}`, style: noteText })
  if (annotation.tags.length) {
    pieces.push({ text: `${labels.tags}: ${annotation.tags.map((tag) => tag.name).join(', ')}`, style: noteMuted })
  }
  for (const reply of replies(annotation)) {
    pieces.push({ text: `${labels.reply} · ${reply.author}: ${reply.body}`, style: noteMuted })
  }
  const lines: Note['lines'] = []
  for (const piece of pieces) {
    for (const paragraph of piece.text.split('\n')) {
      for (const line of breakLines(paragraph, width - numberIndent, canvas.measurer(piece.style))) {
        lines.push({ text: paragraph.slice(line.start, line.end), style: piece.style })
      }
    }
  }
  if (lines.length > maxLinesPerNote) {
    lines.length = maxLinesPerNote
    const last = lines[maxLinesPerNote - 1]!
    last.text = `${last.text.replace(/\s+\S*$/, '')} …`
  }
  const height = lines.reduce((sum, line) => sum + canvas.lineHeight(line.style), 0) + 4
  return { number, annotation, lines, height }
}

/** Draw a note with its number in the annotation's colour at (x, y). */
export function drawNote(canvas: BriefingCanvas, note: Note, x: number, y: number): void {
  canvas.text(String(note.number), x, y, { ...numberStyle, color: rgbHex(markerRgb[note.annotation.color]) })
  let lineY = y
  for (const line of note.lines) {
    canvas.text(line.text, x + numberIndent, lineY, line.style)
    lineY += canvas.lineHeight(line.style)
  }
}

/** A numbered marker ending at `right`: a small pill in the annotation's colour with its number. Returns its width. */
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
  canvas.text(label, x + (width - canvas.width(label, style)) / 2, y + 2, style)
  return width
}

/** '#rrggbb' for an RGB triple. */
export function rgbHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`
}
