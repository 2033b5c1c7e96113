import { BriefingCanvas, type TextStyle } from './briefing/canvas'
import type { BriefingContext } from './briefing/briefingContext'
import { drawChangesSection } from './briefing/changesSection'
import { drawExcerpts } from './briefing/excerptsLayout'
import { drawFullText } from './briefing/fullTextLayout'
import { LayoutPacer } from './briefing/layoutPacer'
import { PageFurniture } from './briefing/pageFurniture'
import { pageGeometry } from './briefing/pageGeometry'
import { NativeAnnotations } from './briefing/pdfAnnotations'
import { drawTagIndex } from './briefing/tagIndex'
import { drawTitlePage } from './briefing/titlePage'
import { exportCitations } from './citations'
import type { Exporter, ExportInput, ExportProgress } from './exporter'

const sectionTitleStyle: TextStyle = { font: 'serifBold', size: 16, leading: 1.3 }

/** Share of the progress bar for laying out the documents; the index takes most of the rest. */
const layoutShare = 0.85
const indexShare = 0.1

/**
 * The briefing PDF: title page, the document(s) in the chosen layout, an index by tag; header and "page x of y"
 * on every page; and every highlight also as a native PDF annotation. Layout and the index give the event loop a
 * turn every few dozen milliseconds (LayoutPacer), so progress moves and a cancel takes effect at once.
 */
export const briefingPdfExporter: Exporter = {
  format: 'briefingPdf',
  extension: 'pdf',
  mimeType: 'application/pdf',
  write: (input, progress) => writeBriefing(input, progress),
}

async function writeBriefing(input: ExportInput, progress: ExportProgress): Promise<Uint8Array> {
  const geometry = pageGeometry(input.options)
  const canvas = new BriefingCanvas(geometry, input.fontsDirectory, { title: input.title, author: input.exportedBy })
  const numbers = new Map<string, number>()
  for (const section of input.sections)
    for (const annotation of section.annotations) numbers.set(annotation.id, numbers.size + 1)
  const sectionCount = input.sections.length
  let sectionIndex = 0
  // Which part is being drawn, as [start, share] of the whole progress: a section, then the index.
  let part: [number, number] = [0, layoutShare / sectionCount]
  const pacer = new LayoutPacer(progress)
  const context: BriefingContext = {
    canvas,
    labels: input.labels,
    options: input.options,
    numbers,
    pages: new Map(),
    native: new NativeAnnotations(exportCitations(input)),
    due: () => pacer.due(),
    pause: (fraction) => pacer.pause(part[0] + Math.min(1, fraction) * part[1]),
    sectionHeading:
      sectionCount > 1
        ? (section) => {
            canvas.paragraph(section.document.title, sectionTitleStyle, {
              x: geometry.bodyX,
              width: geometry.bodyWidth,
            })
            canvas.y += 10
          }
        : undefined,
  }

  await canvas.openFonts(() => pacer.pause(0))
  const furniture = new PageFurniture(canvas, input.title, input.options.classification, input.labels.page)
  canvas.onPageStart(() => furniture.draw())
  canvas.onPageEnd(() => context.native.flushPage(canvas, input.labels))
  // The title page, the changes and the index are the briefing's, not the document's: artifacts (see asArtifact).
  canvas.asArtifact(() => drawTitlePage(canvas, input))
  for (const section of input.sections) {
    part = [(sectionIndex / sectionCount) * layoutShare, layoutShare / sectionCount]
    if (input.options.layout === 'fullText') await drawFullText(section, context)
    else await drawExcerpts(section, context)
    sectionIndex++
    await context.pause(1)
  }
  const sinceDraft = input.options.changesSinceDraft
  if (sinceDraft !== undefined) canvas.asArtifact(() => drawChangesSection(input, context, sinceDraft))
  part = [layoutShare, indexShare]
  await canvas.asArtifactAsync(() => drawTagIndex(input, context))
  canvas.endPage()
  furniture.finish(canvas.pageIndex + 1)
  progress.report(0.95)
  await progress.pause()
  const bytes = await canvas.finish(() => progress.pause())
  progress.report(1)
  return bytes
}
