import type { BriefingOptions } from '../../common/api/exportApi'
import type { ExportSection } from '../exporter'
import type { ExportLabels } from '../exportLabels'
import type { BriefingCanvas } from './canvas'
import type { NativeAnnotations } from './pdfAnnotations'

/** What every part of a briefing layout shares while drawing. */
export type BriefingContext = {
  canvas: BriefingCanvas
  labels: ExportLabels
  options: BriefingOptions
  /** The printed number of each annotation (1, 2, 3… in reading order across the briefing). */
  numbers: Map<string, number>
  /** The printed page number where each annotation starts, filled while drawing, read by the index. */
  pages: Map<string, number>
  native: NativeAnnotations
  /** True when layout has run for a slice of time and should `pause` (see LayoutPacer). */
  due(): boolean
  /** Report `fraction` of the current part laid out and give the event loop a turn; throws once cancelled. */
  pause(fraction: number): Promise<void>
  /** Set for tag collections: prints the document's title where its section begins. */
  sectionHeading?: (section: ExportSection) => void
}
