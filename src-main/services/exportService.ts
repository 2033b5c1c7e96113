import { AppError } from '../common/api/appError'
import type { ExportRequest, ExportResult } from '../common/api/exportApi'
import type { AnnotationsRepository } from '../db/repositories/annotationsRepository'
import type { DocumentsRepository } from '../db/repositories/documentsRepository'
import type { RevisionsRepository } from '../db/repositories/revisionsRepository'
import { ExportCancelled, type ExportInput, type ExportProgress, type ExportSection } from '../exporters/exporter'
import { fill, labelsFor } from '../exporters/exportLabels'
import { exporters } from '../exporters'
import { selectAnnotations } from '../exporters/selectAnnotations'
import type { EventBus } from './eventBus'
import { exportFileName, writeFileAtomically } from './exportFiles'
import type { SettingsService } from './settingsService'

/** Asks the user where to save (the Electron shell's native dialog); null when they cancelled. */
export type ChooseSavePath = (suggestedName: string) => Promise<string | null>

export type ExportServiceDependencies = {
  documents: DocumentsRepository
  revisions: RevisionsRepository
  annotations: AnnotationsRepository
  settings: SettingsService
  events: EventBus
  fontsDirectory: string
  /** Present in the desktop app; absent in the browser host, where the bytes go back to the page as a download. */
  chooseSavePath?: ChooseSavePath
  /** For tests: the clock. */
  now?: () => string
}

/** Longest wait between two progress events while an export moves, in milliseconds. */
const progressHeartbeatMs = 200

/** Formats that print the text itself: they need annotations that are still anchored in it. */
const textFormats = new Set(['briefingPdf', 'docx'])

/**
 * Runs exports: gathers plain data from the repositories, hands it to the format's exporter, reports progress as
 * `export.didProgress` events, honours cancels at every pause, and delivers the file (atomic save, or bytes).
 */
export class ExportService {
  private readonly cancelled = new Set<string>()
  private readonly running = new Set<string>()

  constructor(private readonly deps: ExportServiceDependencies) {}

  async run(request: ExportRequest): Promise<ExportResult> {
    const exporter = exporters[request.format]
    const input = this.gather(request)
    const fileName = exportFileName(input.title, exporter.extension)
    this.running.add(request.jobId)
    try {
      let target: string | null = null
      if (this.deps.chooseSavePath) {
        target = await this.deps.chooseSavePath(fileName)
        if (target === null) return { status: 'cancelled' }
      }
      const bytes = await exporter.write(input, this.progressFor(request.jobId))
      if (this.cancelled.has(request.jobId)) return { status: 'cancelled' }
      if (target === null) return { status: 'download', fileName, mimeType: exporter.mimeType, bytes }
      await writeFileAtomically(target, bytes)
      return { status: 'saved', fileName, path: target }
    } catch (error) {
      if (error instanceof ExportCancelled) return { status: 'cancelled' }
      throw error
    } finally {
      this.running.delete(request.jobId)
      this.cancelled.delete(request.jobId)
    }
  }

  /** Stop a running export at its next pause. */
  cancel(jobId: string): void {
    if (this.running.has(jobId)) this.cancelled.add(jobId)
  }

  /** The exporter's input for a request, as plain data. */
  gather(request: ExportRequest): ExportInput {
    const labels = labelsFor(request.language)
    const sections: ExportSection[] = []
    let title: string
    if (request.source.kind === 'document') {
      const document = this.deps.documents.getSummary(request.source.documentId)
      if (!document) throw new AppError('export.documentNotFound', 'The document is no longer in the library.')
      sections.push(this.section(document.id, request))
      title = document.title
    } else {
      const tagName = request.source.tagName
      const filter = { ...request.filter, tags: [tagName] }
      for (const document of this.deps.documents.listSummaries()) {
        const section = this.section(document.id, { ...request, filter })
        if (section.annotations.length > 0) sections.push(section)
      }
      if (sections.length === 0) {
        throw new AppError('export.nothingTagged', `No passage is tagged "${tagName}".`, { tag: tagName })
      }
      title = fill(labels.tagCollection, { tag: tagName })
    }
    return {
      sections,
      title,
      labels,
      options: request.briefing,
      exportedBy: this.deps.settings.get().authorName,
      exportedAt: this.deps.now?.() ?? new Date().toISOString(),
      fontsDirectory: this.deps.fontsDirectory,
    }
  }

  private section(documentId: string, request: ExportRequest): ExportSection {
    const document = this.deps.documents.getSummary(documentId)!
    const revision = this.deps.revisions.current(documentId)
    if (!revision) throw new AppError('export.documentNotFound', 'The document has no text to export.')
    let annotations = selectAnnotations(this.deps.annotations.listForDocument(documentId), request.filter)
    // Annotations whose passage is lost ("needs attention") cannot be drawn over the text; the data formats keep them.
    if (textFormats.has(request.format)) {
      annotations = annotations.filter(
        (annotation) => annotation.anchorStatus === 'anchored' && annotation.target.end <= revision.text.length,
      )
    }
    return { document, revision, annotations }
  }

  private progressFor(jobId: string): ExportProgress {
    let lastSent = -1
    let lastSentAt = 0
    return {
      report: (fraction) => {
        // Every 2% is enough for a progress bar; on a long export, a few steps a second show it is still going.
        const now = performance.now()
        const quiet = now - lastSentAt >= progressHeartbeatMs && fraction > lastSent
        if (fraction - lastSent < 0.02 && fraction < 1 && !quiet) return
        lastSent = fraction
        lastSentAt = now
        this.deps.events.emit('export.didProgress', { jobId, fraction: Math.min(1, Math.max(0, fraction)) })
      },
      pause: () =>
        new Promise<void>((resolve, reject) =>
          setImmediate(() => (this.cancelled.has(jobId) ? reject(new ExportCancelled()) : resolve())),
        ),
    }
  }
}
