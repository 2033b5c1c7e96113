import type { Annotation } from '../../common/model/annotation'
import type { Block } from '../../common/model/document'
import { blockStartOffsets } from '../../common/text/canonicalText'
import type { ExportSection } from '../exporter'
import type { BriefingContext } from './briefingContext'
import type { TextStyle } from './canvas'
import { highlightLine, type Span } from './highlightLine'
import { breakLines } from './lineLayout'
import { drawMarker, drawNote, hasNote, layoutNote, type Note } from './notes'

const bodyStyle: TextStyle = { font: 'serif', size: 10.5, leading: 1.5 }

function styleFor(block: Block): { style: TextStyle; indent: number; gapBefore: number } {
  if (block.kind === 'heading') {
    const size = (block.level ?? 2) <= 1 ? 15 : 12.5
    return { style: { font: 'serifBold', size, leading: 1.35 }, indent: 0, gapBefore: 10 }
  }
  if (block.kind === 'listItem') return { style: bodyStyle, indent: 12 * (block.level ?? 1), gapBefore: 2 }
  if (block.kind === 'quote') return { style: { ...bodyStyle, font: 'serifItalic' }, indent: 20, gapBefore: 4 }
  return { style: bodyStyle, indent: 0, gapBefore: 5 }
}

/**
 * The whole document with highlights in their colours, a numbered marker in the gutter where each annotation
 * starts, and the comments as numbered notes in the margin beside their line or at the foot of the page. A line
 * whose notes no longer fit moves to the next page with them, so a note always shares a page with its passage.
 */
export async function drawFullText(section: ExportSection, context: BriefingContext): Promise<void> {
  const { canvas, labels, numbers } = context
  const geometry = canvas.geometry
  const marginNotes = context.options.notes === 'margin'
  const noteWidth = marginNotes ? geometry.notesWidth : geometry.bodyWidth
  const starts = blockStartOffsets(section.revision.blocks)
  const textLength = Math.max(1, section.revision.text.length)
  const pending = [...section.annotations].sort(
    (a, b) => a.target.start - b.target.start || a.target.end - b.target.end,
  )
  let open: Annotation[] = []
  let footNotes: Note[] = []
  let marginCursor = geometry.bodyTop
  let linesOnPage = 0

  const footReserve = (notes: Note[]): number =>
    notes.length === 0 ? 0 : notes.reduce((sum, note) => sum + note.height, 0) + 12
  const flushPage = (): void => {
    if (footNotes.length > 0) {
      let y = geometry.bodyBottom - footReserve(footNotes) + 8
      canvas.rule(geometry.bodyX, y - 5, 90)
      for (const note of footNotes) {
        drawNote(canvas, note, geometry.bodyX, y)
        y += note.height
      }
    }
    footNotes = []
    marginCursor = geometry.bodyTop
    linesOnPage = 0
  }
  const stopListening = canvas.onPageEnd(flushPage)
  canvas.newPage()
  if (context.sectionHeading) context.sectionHeading(section)

  for (const [blockIndex, block] of section.revision.blocks.entries()) {
    const blockStart = starts[blockIndex]!
    const { style, indent, gapBefore } = styleFor(block)
    const x = geometry.bodyX + indent
    const lineHeight = canvas.lineHeight(style)
    if (linesOnPage > 0) canvas.y += gapBefore
    const lines = breakLines(block.text, geometry.bodyWidth - indent, canvas.measurer(style))
    for (const [lineIndex, line] of lines.entries()) {
      const next = lines[lineIndex + 1]
      const limit = blockStart + (next ? next.start : block.text.length + 1)
      const starting: Annotation[] = []
      while (pending.length > 0 && pending[0]!.target.start < limit) starting.push(pending.shift()!)
      const notes = starting
        .filter(hasNote)
        .map((annotation) => layoutNote(canvas, annotation, numbers.get(annotation.id)!, noteWidth, labels))
      const notesHeight = notes.reduce((sum, note) => sum + note.height, 0)
      const fits = marginNotes
        ? canvas.y + lineHeight <= geometry.bodyBottom &&
          Math.max(canvas.y, marginCursor) + notesHeight <= geometry.bodyBottom
        : canvas.y + lineHeight <= geometry.bodyBottom - footReserve([...footNotes, ...notes])
      if (!fits && linesOnPage > 0) canvas.newPage()

      open.push(...starting)
      const spans: Span[] = open.map((annotation) => ({
        annotation,
        start: annotation.target.start - blockStart,
        end: annotation.target.end - blockStart,
      }))
      const placed = { ...line, x, y: canvas.y, pageIndex: canvas.pageIndex }
      highlightLine(canvas, block.text, placed, spans, style, context.native)
      let markerRight = geometry.bodyX - 4
      for (const annotation of starting) {
        context.pages.set(annotation.id, canvas.pageIndex + 1)
        markerRight -= drawMarker(canvas, annotation, numbers.get(annotation.id)!, markerRight, canvas.y) + 2
      }
      canvas.text(block.text.slice(line.start, line.end), x, canvas.y, style)
      if (marginNotes) {
        let noteY = Math.max(canvas.y, marginCursor)
        for (const note of notes) {
          drawNote(canvas, note, geometry.notesX, noteY)
          noteY += note.height
        }
        marginCursor = noteY
      } else {
        footNotes.push(...notes)
      }
      canvas.y += lineHeight
      linesOnPage++
      open = open.filter((annotation) => annotation.target.end > limit)
      // Inside the line loop: one paragraph can run for pages, and a cancel must not wait for its end.
      if (context.due()) await context.pause((blockStart + line.end) / textLength)
    }
  }
  flushPage()
  stopListening()
}
