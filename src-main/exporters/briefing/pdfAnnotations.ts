import type { Annotation } from '../../common/model/annotation'
import { lightMarkdownAsPlainText } from '../../common/text/lightMarkdown'
import type { ExportLabels } from '../exportLabels'
import { mainComment, replies } from '../selectAnnotations'
import type { BriefingCanvas } from './canvas'
import { highlightRgb } from './colors'

/** A highlighted rectangle on one page, top-left coordinates (as drawn). */
export type PageRect = { pageIndex: number; x: number; y: number; width: number; height: number }

type PageWithAnnotations = { annotations: unknown[] }

/**
 * Collects where highlights are drawn and, as each page ends, writes that page's native PDF annotations: one
 * /Highlight per annotation and page (QuadPoints over every drawn line, /Contents the comment and tags, /T the
 * author, dates), and the replies as /Text annotations with /IRT pointing at the annotation's first piece, so that
 * Acrobat, Okular, Preview and pdf.js list them as a thread in their comment panels.
 */
export class NativeAnnotations {
  private pageRects = new Map<string, { annotation: Annotation; rects: PageRect[] }>()
  private readonly written = new Set<string>()
  /** One empty appearance for every annotation: a form per annotation cost a compressed stream each (a third of the time). */
  private appearance: PDFKit.PDFKitReference | undefined

  /** `citations`: each annotation's paragraph citation by id, shown as the subject in comment panels. */
  constructor(private readonly citations: ReadonlyMap<string, string> = new Map()) {}

  /** Remember a rectangle drawn on the current page. */
  add(annotation: Annotation, rect: PageRect): void {
    const entry = this.pageRects.get(annotation.id) ?? { annotation, rects: [] }
    entry.rects.push(rect)
    this.pageRects.set(annotation.id, entry)
  }

  /** Write the current page's annotations; call while that page is still the current one. */
  flushPage(canvas: BriefingCanvas, labels: ExportLabels): void {
    if (this.pageRects.size === 0) return
    this.appearance ??= emptyAppearance(canvas.doc)
    for (const [id, { annotation, rects }] of this.pageRects) {
      const first = !this.written.has(id)
      const subject = this.citations.get(id) ?? labels.comment
      const name = first ? id : `${id}#p${canvas.pageIndex}`
      const ref = highlight(canvas, annotation, rects, subject, labels, name, this.appearance)
      if (first) for (const reply of replies(annotation)) replyNote(canvas, ref, rects[0]!, reply, this.appearance)
      this.written.add(id)
    }
    this.pageRects = new Map()
  }
}

function highlight(
  canvas: BriefingCanvas,
  annotation: Annotation,
  rects: PageRect[],
  subject: string,
  labels: ExportLabels,
  name: string,
  appearance: PDFKit.PDFKitReference,
): PDFKit.PDFKitReference {
  const { doc, geometry } = canvas
  const quadPoints: number[] = []
  for (const rect of rects) {
    const top = geometry.height - rect.y
    const bottom = top - rect.height
    quadPoints.push(rect.x, top, rect.x + rect.width, top, rect.x, bottom, rect.x + rect.width, bottom)
  }
  const box = bounds(canvas, rects)
  const comment = mainComment(annotation)
  const tagLine = annotation.tags.length ? `${labels.tags}: ${annotation.tags.map((tag) => tag.name).join(', ')}` : ''
  // Comment panels show plain text: the comment's Markdown marks are rendered away, links keep their address.
  const contents = [comment ? lightMarkdownAsPlainText(comment.body) : '', tagLine].filter(Boolean).join('\n\n')
  const [r, g, b] = highlightRgb[annotation.color]
  return attach(doc, {
    Type: 'Annot',
    Subtype: 'Highlight',
    Rect: box,
    QuadPoints: quadPoints,
    Contents: new String(contents),
    T: new String(annotation.author),
    NM: new String(name),
    Subj: new String(subject),
    CreationDate: new Date(annotation.createdAt),
    M: new Date(annotation.updatedAt),
    C: [r / 255, g / 255, b / 255],
    CA: 1,
    F: 4,
    AP: { N: appearance },
  })
}

function replyNote(
  canvas: BriefingCanvas,
  parent: PDFKit.PDFKitReference,
  anchor: PageRect,
  reply: Annotation['comments'][number],
  appearance: PDFKit.PDFKitReference,
): void {
  const { doc, geometry } = canvas
  const top = geometry.height - anchor.y
  const rect = [anchor.x, top - 12, anchor.x + 12, top]
  attach(doc, {
    Type: 'Annot',
    Subtype: 'Text',
    Rect: rect,
    IRT: parent,
    RT: 'R',
    Contents: new String(lightMarkdownAsPlainText(reply.body)),
    T: new String(reply.author),
    NM: new String(reply.id),
    CreationDate: new Date(reply.createdAt),
    M: new Date(reply.updatedAt),
    Name: 'Comment',
    F: 4,
    // An empty appearance: the reply belongs in comment panels, not as an extra icon on the printed page.
    AP: { N: appearance },
  })
}

/**
 * The highlight colour is already printed under the text; an empty appearance stops viewers tinting it twice.
 * A viewer maps an appearance's BBox onto each annotation's Rect, so one empty form serves them all.
 */
function emptyAppearance(doc: PDFKit.PDFDocument): PDFKit.PDFKitReference {
  const form = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1], Resources: {} })
  form.end(' ')
  return form
}

function attach(doc: PDFKit.PDFDocument, data: Record<string, unknown>): PDFKit.PDFKitReference {
  const ref = doc.ref(data)
  ;(doc.page as unknown as PageWithAnnotations).annotations.push(ref)
  ;(ref as unknown as { end(): void }).end()
  return ref
}

function bounds(canvas: BriefingCanvas, rects: PageRect[]): number[] {
  const height = canvas.geometry.height
  const left = Math.min(...rects.map((rect) => rect.x))
  const right = Math.max(...rects.map((rect) => rect.x + rect.width))
  const top = Math.min(...rects.map((rect) => rect.y))
  const bottom = Math.max(...rects.map((rect) => rect.y + rect.height))
  return [left, height - bottom, right, height - top]
}
