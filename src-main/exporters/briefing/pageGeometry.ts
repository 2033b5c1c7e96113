import type { BriefingOptions } from '../../common/api/exportApi'

/** Where things go on a page, in points from the top-left corner (pdfkit's coordinates). */
export type PageGeometry = {
  width: number
  height: number
  /** Running header baseline area and the footer line. */
  headerY: number
  footerY: number
  bodyTop: number
  bodyBottom: number
  /** The text column. */
  bodyX: number
  bodyWidth: number
  /** Where numbered markers sit, left of the text column. */
  gutterX: number
  /** The notes column in the margin layout (width 0 when notes go at the foot). */
  notesX: number
  notesWidth: number
}

const paperSizes = { A4: [595.28, 841.89], Letter: [612, 792] } as const

/** The page plan for a paper size; with margin notes the text column narrows to leave room for them. */
export function pageGeometry(options: Pick<BriefingOptions, 'paper' | 'notes' | 'layout'>): PageGeometry {
  const [width, height] = paperSizes[options.paper]
  const left = 62
  const right = 54
  const marginNotes = options.layout === 'fullText' && options.notes === 'margin'
  const notesWidth = marginNotes ? 150 : 0
  const gap = marginNotes ? 14 : 0
  const bodyWidth = width - left - right - notesWidth - gap
  return {
    width,
    height,
    headerY: 28,
    footerY: height - 38,
    bodyTop: 62,
    bodyBottom: height - 56,
    bodyX: left,
    bodyWidth,
    gutterX: left - 30,
    notesX: left + bodyWidth + gap,
    notesWidth,
  }
}
