import type { ExportInput } from '../exporter'
import { formatDate } from '../exportLabels'
import type { BriefingCanvas, TextStyle } from './canvas'
import { ink } from './colors'

const titleStyle: TextStyle = { font: 'serifBold', size: 24, leading: 1.25 }
const labelStyle: TextStyle = { font: 'sans', size: 9.5, color: ink.muted }
const valueStyle: TextStyle = { font: 'sans', size: 10.5, leading: 1.4 }
const classificationStyle: TextStyle = { font: 'sansBold', size: 13, color: ink.classification }

/** The title page: classification (if any), title, then source, date, author and the number of annotations. */
export function drawTitlePage(canvas: BriefingCanvas, input: ExportInput): void {
  const { geometry } = canvas
  const { labels } = input
  const width = geometry.width - geometry.bodyX * 2
  canvas.newPage()
  canvas.y = geometry.bodyTop + 60
  const classification = input.options.classification?.trim()
  if (classification) {
    const textWidth = canvas.width(classification, classificationStyle)
    const x = (geometry.width - textWidth) / 2
    canvas.doc
      .save()
      .rect(x - 12, canvas.y - 6, textWidth + 24, 28)
      .lineWidth(1.2)
      .strokeColor(ink.classification)
      .stroke()
      .restore()
    canvas.text(classification, x, canvas.y, classificationStyle)
    canvas.y += 60
  }
  canvas.paragraph(input.title, titleStyle, { x: geometry.bodyX, width })
  canvas.y += 18
  canvas.rule(geometry.bodyX, canvas.y, width, ink.text)
  canvas.y += 20

  const annotationCount = input.sections.reduce((sum, section) => sum + section.annotations.length, 0)
  const rows: [string, string][] = []
  const only = input.sections.length === 1 ? input.sections[0] : undefined
  if (only) {
    rows.push([labels.source, only.document.sourceName])
    // Diplomats cite the draft: say which one this briefing was made from.
    rows.push([labels.draft, String(only.revision.number)])
  } else rows.push([labels.documentCount, String(input.sections.length)])
  rows.push([labels.exportedOn, formatDate(input.exportedAt, labels)])
  if (input.exportedBy.trim()) rows.push([labels.author, input.exportedBy.trim()])
  rows.push([labels.annotationCount, String(annotationCount)])
  for (const [label, value] of rows) {
    canvas.text(label, geometry.bodyX, canvas.y + 1, labelStyle)
    canvas.paragraph(value, valueStyle, { x: geometry.bodyX + 120, width: width - 120 })
    canvas.y += 4
  }
}
