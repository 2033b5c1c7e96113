import { annotationColors, type AnnotationColor } from '../common/model/annotation'
import { highlightRgb } from '../exporters/briefing/colors'

/** A box in PDF units (origin bottom left). */
export type Box = { left: number; bottom: number; right: number; top: number }

/** A markup or note annotation as pdfjs-dist's getAnnotations() reads it, reduced to what placing it needs. */
export type PdfMarkup = {
  page: number
  id: string
  kind: 'markup' | 'note'
  /** One box per quad (markup), or the annotation's rectangle (note). */
  boxes: Box[]
  contents: string
  author: string
  date: string | null
  color: AnnotationColor
  inReplyTo: string | null
}

/** Most annotations we read from one file; more are left out, with a note in the report. */
export const maxPdfMarkup = 5000

const markupTypes = new Set(['Highlight', 'Underline', 'StrikeOut', 'Squiggly'])
const noteTypes = new Set(['Text', 'FreeText'])

type RawAnnotation = {
  subtype?: string
  id?: string
  quadPoints?: ArrayLike<number> | null
  rect?: ArrayLike<number>
  contentsObj?: { str?: string }
  titleObj?: { str?: string }
  modificationDate?: string | null
  creationDate?: string | null
  color?: ArrayLike<number> | null
  inReplyTo?: string | null
}

/** The markup (Highlight, Underline, StrikeOut, Squiggly) and notes (Text, FreeText) of one page; Popups are skipped. */
export function markupOfPage(raw: readonly unknown[], page: number): PdfMarkup[] {
  const markups: PdfMarkup[] = []
  for (const entry of raw as RawAnnotation[]) {
    const subtype = entry.subtype ?? ''
    const isMarkup = markupTypes.has(subtype)
    if (!isMarkup && !noteTypes.has(subtype)) continue
    const boxes = isMarkup && entry.quadPoints ? quadBoxes(entry.quadPoints) : rectBoxes(entry.rect)
    if (boxes.length === 0) continue
    markups.push({
      page,
      id: entry.id ?? '',
      kind: isMarkup ? 'markup' : 'note',
      boxes,
      contents: (entry.contentsObj?.str ?? '').replace(/\r\n?/g, '\n').normalize('NFC').trim().slice(0, 100_000),
      author: (entry.titleObj?.str ?? '').normalize('NFC').trim().slice(0, 200),
      date: pdfDate(entry.modificationDate ?? entry.creationDate ?? null),
      color: nearestColor(entry.color),
      inReplyTo: entry.inReplyTo ?? null,
    })
  }
  return markups
}

function quadBoxes(points: ArrayLike<number>): Box[] {
  const boxes: Box[] = []
  for (let index = 0; index + 7 < points.length; index += 8) {
    const xs = [points[index]!, points[index + 2]!, points[index + 4]!, points[index + 6]!]
    const ys = [points[index + 1]!, points[index + 3]!, points[index + 5]!, points[index + 7]!]
    boxes.push({ left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) })
  }
  return boxes
}

function rectBoxes(rect: ArrayLike<number> | undefined): Box[] {
  if (!rect || rect.length < 4) return []
  const [x1, y1, x2, y2] = [rect[0]!, rect[1]!, rect[2]!, rect[3]!]
  return [{ left: Math.min(x1, x2), right: Math.max(x1, x2), bottom: Math.min(y1, y2), top: Math.max(y1, y2) }]
}

/** A PDF date ("D:20260510093000+07'00'") as ISO 8601, or null. */
export function pdfDate(value: string | null): string | null {
  const match = value
    ? /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?/.exec(value)
    : null
  if (!match) return null
  const [
    ,
    year,
    month = '01',
    day = '01',
    hour = '00',
    minute = '00',
    second = '00',
    sign,
    offsetHours,
    offsetMinutes,
  ] = match
  const zone = sign && sign !== 'Z' && sign !== 'z' ? `${sign}${offsetHours ?? '00'}:${offsetMinutes ?? '00'}` : 'Z'
  const time = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/** The palette colour closest to the annotation's /C (yellow when it has none). */
function nearestColor(color: ArrayLike<number> | null | undefined): AnnotationColor {
  if (!color || color.length < 3) return 'yellow'
  let best: AnnotationColor = 'yellow'
  let bestDistance = Infinity
  for (const name of annotationColors) {
    const [r, g, b] = highlightRgb[name]
    const distance = (r - color[0]!) ** 2 + (g - color[1]!) ** 2 + (b - color[2]!) ** 2
    if (distance < bestDistance) {
      best = name
      bestDistance = distance
    }
  }
  return best
}
