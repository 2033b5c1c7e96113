import type { Annotation } from '../../common/model/annotation'
import type { ExportLabels } from '../exportLabels'
import { mainComment, replies } from '../selectAnnotations'
import type { BriefingCanvas } from './canvas'
import { highlightRgb } from './colors'

/** A highlighted rectangle on one page, top-left coordinates (as drawn). */
export type PageRect = { pageIndex: number; x: number; y: number; width: number; height: number }

type PageWithAnnotations = { annotations: unknown[] }

/** Collects where every highlight was drawn, then writes the native PDF annotations once layout is done. */
export class NativeAnnotations {
  private readonly rects = new Map<string, PageRect[]>()
  private readonly annotations = new Map<string, Annotation>()

  /** Remember a drawn rectangle of an annotation. */
  add(annotation: Annotation, rect: PageRect): void {
    this.annotations.set(annotation.id, annotation)
    const list = this.rects.get(annotation.id) ?? []
    list.push(rect)
    this.rects.set(annotation.id, list)
  }

  /**
   * One /Highlight per annotation and page (QuadPoints over every drawn line, /Contents the comment and tags,
   * /T the author, dates), and its replies as /Text annotations with /IRT pointing at the first piece, so that
   * Acrobat, Okular, Preview and pdf.js list them as a thread in their comment panels.
   */
  write(canvas: BriefingCanvas, labels: ExportLabels): void {
    const { doc } = canvas
    const lastPage = canvas.pageIndex
    for (const [id, rects] of this.rects) {
      const annotation = this.annotations.get(id)!
      const byPage = new Map<number, PageRect[]>()
      for (const rect of rects) byPage.set(rect.pageIndex, [...(byPage.get(rect.pageIndex) ?? []), rect])
      let first: PDFKit.PDFKitReference | undefined
      for (const [pageIndex, pageRects] of byPage) {
        doc.switchToPage(pageIndex)
        const ref = highlight(canvas, annotation, pageRects, labels, first === undefined ? id : `${id}#p${pageIndex}`)
        if (!first) {
          first = ref
          for (const reply of replies(annotation)) replyNote(canvas, ref, pageRects[0]!, reply)
        }
      }
    }
    doc.switchToPage(lastPage)
  }
}

function highlight(
  canvas: BriefingCanvas,
  annotation: Annotation,
  rects: PageRect[],
  labels: ExportLabels,
  name: string,
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
  const contents = [comment?.body ?? '', tagLine].filter(Boolean).join('\n\n')
  const [r, g, b] = highlightRgb[annotation.color]
  return attach(doc, {
    Type: 'Annot',
    Subtype: 'Highlight',
    Rect: box,
    QuadPoints: quadPoints,
    Contents: new String(contents),
    T: new String(annotation.author),
    NM: new String(name),
    Subj: new String(annotation.paragraphLabel ? `${labels.paragraph} ${annotation.paragraphLabel}` : labels.comment),
    CreationDate: new Date(annotation.createdAt),
    M: new Date(annotation.updatedAt),
    C: [r / 255, g / 255, b / 255],
    CA: 1,
    F: 4,
    AP: { N: emptyAppearance(doc, box) },
  })
}

function replyNote(
  canvas: BriefingCanvas,
  parent: PDFKit.PDFKitReference,
  anchor: PageRect,
  reply: Annotation['comments'][number],
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
    Contents: new String(reply.body),
    T: new String(reply.author),
    NM: new String(reply.id),
    CreationDate: new Date(reply.createdAt),
    M: new Date(reply.updatedAt),
    Name: 'Comment',
    F: 4,
    // An empty appearance: the reply belongs in comment panels, not as an extra icon on the printed page.
    AP: { N: emptyAppearance(doc, rect) },
  })
}

/** The highlight colour is already printed under the text; an empty appearance stops viewers tinting it twice. */
function emptyAppearance(doc: PDFKit.PDFDocument, box: number[]): PDFKit.PDFKitReference {
  const [x1, y1, x2, y2] = box as [number, number, number, number]
  const form = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [x1, y1, x2, y2], Resources: {} })
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
