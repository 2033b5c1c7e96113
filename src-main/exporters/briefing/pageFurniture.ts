import { fill } from '../exportLabels'
import type { BriefingCanvas, TextStyle } from './canvas'
import { ink } from './colors'

const headerStyle: TextStyle = { font: 'sans', size: 8, color: ink.muted }
const classificationStyle: TextStyle = { font: 'sansBold', size: 8, color: ink.classification }
const footerStyle: TextStyle = { font: 'sans', size: 8, color: ink.muted }

/**
 * Header (document title, classification line on the right) and footer ("page x of y") on every page, drawn once
 * the page count is known. The title page carries the classification but not the running title.
 */
export function drawPageFurniture(
  canvas: BriefingCanvas,
  title: string,
  classification: string | undefined,
  pageTemplate: string,
): void {
  const { doc, geometry } = canvas
  const range = doc.bufferedPageRange()
  const right = geometry.width - geometry.bodyX
  const mark = classification?.trim()
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index)
    const markWidth = mark ? canvas.width(mark, classificationStyle) : 0
    if (mark) canvas.text(mark, right - markWidth, geometry.headerY, classificationStyle)
    if (index > range.start) {
      canvas.text(
        truncate(canvas, title, right - geometry.bodyX - markWidth - 20),
        geometry.bodyX,
        geometry.headerY,
        headerStyle,
      )
      canvas.rule(geometry.bodyX, geometry.headerY + 14, right - geometry.bodyX)
    }
    const footer = fill(pageTemplate, { x: index - range.start + 1, y: range.count })
    canvas.text(footer, (geometry.width - canvas.width(footer, footerStyle)) / 2, geometry.footerY, footerStyle)
  }
}

function truncate(canvas: BriefingCanvas, text: string, width: number): string {
  if (canvas.width(text, headerStyle) <= width) return text
  let cut = text
  while (cut.length > 1 && canvas.width(`${cut}…`, headerStyle) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}
