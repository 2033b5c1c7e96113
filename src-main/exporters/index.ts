import type { ExportFormat } from '../common/api/exportApi'
import { briefingPdfExporter } from './briefingPdfExporter'
import { csvExporter } from './csvExporter'
import { docxExporter } from './docxExporter'
import type { Exporter } from './exporter'
import { markdownExporter } from './markdownExporter'
import { w3cExporter } from './w3cExporter'

/** Every export format: one file each, one line here. */
export const exporters: Record<ExportFormat, Exporter> = {
  briefingPdf: briefingPdfExporter,
  docx: docxExporter,
  w3c: w3cExporter,
  markdown: markdownExporter,
  csv: csvExporter,
}
