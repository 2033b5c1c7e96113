import { createHash } from 'node:crypto'
import type { DraftView } from '../common/api/draftsApi'
import type { OrphanPlacement } from '../common/api/annotationsApi'
import type { DraftImportOptions, ImportFile } from '../common/api/documentsApi'
import { AppError } from '../common/api/appError'
import { comparedParagraphs } from '../common/drafts/compareDrafts'
import { alignDrafts, draftText } from '../common/drafts/draftAlignment'
import type { Annotation } from '../common/model/annotation'
import type { Revision } from '../common/model/document'
import type { DraftComparison, DraftReport, DraftSummary } from '../common/model/draft'
import { newId, nowIso } from '../common/model/ids'
import type { AnnotationsRepository } from '../db/repositories/annotationsRepository'
import type { DocumentsRepository } from '../db/repositories/documentsRepository'
import type { DraftsRepository } from '../db/repositories/draftsRepository'
import type { RevisionsRepository } from '../db/repositories/revisionsRepository'
import { importRefusals } from '../importers/importErrors'
import { carryAnnotations, reportAsPlacedNow, reportSummary } from './draftCarryOver'
import { orphanUndoneAnnotation, restoreUndoneAnnotations } from './draftUndo'
import { DraftComparisonCache } from './draftComparisonCache'
import { draftRefusals } from './draftRefusals'
import type { PreparedImport } from './documentsService'
import type { Transaction } from './transaction'
import type { EventBus } from './eventBus'

/** What the drafts service needs; the composition root provides real ones, tests a temp database. */
export type DraftsServiceDeps = {
  documents: DocumentsRepository
  revisions: RevisionsRepository
  annotations: AnnotationsRepository
  drafts: DraftsRepository
  transaction: Transaction
  events: EventBus
  /** Parses a file exactly as documents.import does (DocumentsService.prepareFile). */
  prepareFile: (file: ImportFile, options: DraftImportOptions) => Promise<PreparedImport>
}

/**
 * Drafts of a document: importing the next one (every annotation carried over and classified in one transaction),
 * listing and opening them, their reports, comparing two, and undoing an import.
 */
export class DraftsService {
  /** Comparing two drafts of a megabyte takes a noticeable moment: the view reopens from the kept result. */
  private readonly comparisons = new DraftComparisonCache()

  constructor(private readonly deps: DraftsServiceDeps) {}

  /** Import `file` as the next draft of a document and carry every annotation over; returns the stored report. */
  async importDraft(documentId: string, file: ImportFile, options: DraftImportOptions): Promise<DraftReport> {
    this.liveDocument(documentId)
    const prepared = await this.deps.prepareFile(file, options)
    if (prepared.blocks.length === 0 || !prepared.text.trim()) throw importRefusals.empty()
    const result = this.deps.transaction(() => {
      // Checked again inside the transaction: the library may have changed while the file was parsed.
      const summary = this.liveDocument(documentId)
      const older = this.newest(documentId)
      if (older.contentHash === prepared.contentHash || older.text === prepared.text) {
        throw draftRefusals.sameAsNewest(older.number)
      }
      const newer: Revision = {
        id: newId(),
        documentId,
        number: older.number + 1,
        blocks: prepared.blocks,
        text: prepared.text,
        contentHash: createHash('sha256').update(prepared.text, 'utf8').digest('hex'),
        createdAt: nowIso(),
      }
      this.deps.revisions.insert(newer)
      this.deps.drafts.setSourceName(newer.id, prepared.sourceName)
      const { restored, toCarry } = restoreUndoneAnnotations(
        this.deps,
        older,
        newer,
        this.deps.annotations.listForDocument(documentId),
      )
      const { alignment, carried } = carryAnnotations(older, newer, toCarry)
      const before = this.deps.drafts.placementsIn(older.id)
      for (const { annotation, placement } of carried) {
        // Keep where it was in the older draft, so that the older draft can be shown and undo can restore it.
        this.deps.drafts.savePlacement({
          annotationId: annotation.id,
          revisionId: older.id,
          target: annotation.target,
          paragraphLabel: annotation.paragraphLabel,
          anchorStatus: annotation.anchorStatus,
          carryOver: annotation.revisionId === older.id ? annotation.carryOver : null,
          acknowledgedAt: before.get(annotation.id)?.acknowledgedAt ?? null,
        })
        this.deps.drafts.savePlacement(placement)
        this.deps.annotations.updateAnchor(annotation.id, {
          revisionId: newer.id,
          target: placement.target,
          paragraphLabel: placement.paragraphLabel,
          status: placement.anchorStatus,
        })
      }
      const stored: DraftReport = {
        documentId,
        title: summary.title,
        revisionId: newer.id,
        fromDraft: older.number,
        toDraft: newer.number,
        createdAt: newer.createdAt,
        ...reportSummary(alignment, carried),
        warnings: prepared.warnings,
      }
      this.deps.drafts.saveReport(stored)
      return { stored, restored }
    })
    this.announce(documentId, [...result.stored.items.map((item) => item.annotationId), ...result.restored])
    return result.stored
  }

  /** Every draft of a document, oldest first. */
  list(documentId: string): DraftSummary[] {
    this.liveDocument(documentId)
    return this.deps.drafts.listDrafts(documentId)
  }

  /** One draft, read-only, with its annotations where they were in it (orphans of that draft left out). */
  open(documentId: string, draft: number): DraftView {
    const summary = this.liveDocument(documentId)
    const revision = this.draft(documentId, draft)
    const annotations = this.deps.annotations.listForDocument(documentId)
    if (revision.id === summary.currentRevisionId) {
      return { summary, revision, annotations: annotations.filter((a) => a.anchorStatus === 'anchored') }
    }
    const placements = this.deps.drafts.placementsIn(revision.id)
    const then: Annotation[] = []
    for (const annotation of annotations) {
      const placement = placements.get(annotation.id)
      if (!placement || placement.anchorStatus !== 'anchored') continue
      then.push({
        ...annotation,
        revisionId: revision.id,
        target: placement.target,
        paragraphLabel: placement.paragraphLabel,
        anchorStatus: 'anchored',
        carryOver: placement.carryOver,
      })
    }
    then.sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end)
    return { summary, revision, annotations: then }
  }

  /** The report stored when draft `draft` was imported. */
  report(documentId: string, draft: number): DraftReport {
    this.liveDocument(documentId)
    const revisionId = this.draftId(documentId, draft)
    const report = this.deps.drafts.report(revisionId)
    if (!report) throw draftRefusals.noReport(draft)
    return reportAsPlacedNow(report, this.deps.drafts.placementsIn(revisionId))
  }

  /** The whole document between two drafts, paragraph by paragraph and word by word. */
  compare(documentId: string, fromDraft: number, toDraft: number): DraftComparison {
    this.liveDocument(documentId)
    const olderId = this.draftId(documentId, fromDraft)
    const newerId = this.draftId(documentId, toDraft)
    return this.comparisons.get(olderId, newerId, () => {
      const older = this.revision(olderId, fromDraft)
      const newer = this.revision(newerId, toDraft)
      const alignment = alignDrafts(
        draftText(older.blocks.map((block) => block.text)),
        draftText(newer.blocks.map((block) => block.text)),
      )
      return { documentId, fromDraft, toDraft, ...comparedParagraphs(alignment, older.blocks, newer.blocks) }
    })
  }

  /**
   * Undo "Import new draft": remove the newest draft and put every annotation back where it was in the draft
   * before. An annotation made on the removed draft is kept as an orphan of the draft before, never deleted, and
   * importing the same text again (redo) puts it back where it was. Returns the drafts that remain.
   */
  undoImport(documentId: string): DraftSummary[] {
    this.liveDocument(documentId)
    const touched: string[] = []
    this.deps.transaction(() => {
      const newest = this.newest(documentId)
      if (newest.number < 2) throw draftRefusals.nothingToUndo()
      const previousId = this.deps.drafts.revisionIdOf(documentId, newest.number - 1)
      if (!previousId) throw draftRefusals.nothingToUndo()
      const previous = this.revision(previousId, newest.number - 1)
      const placements = this.deps.drafts.placementsIn(previousId)
      for (const annotation of this.deps.annotations.listForDocument(documentId)) {
        if (annotation.revisionId !== newest.id) continue
        touched.push(annotation.id)
        const placement = placements.get(annotation.id)
        if (!placement) {
          orphanUndoneAnnotation(this.deps, annotation, newest, previous)
          continue
        }
        this.deps.annotations.updateAnchor(annotation.id, {
          revisionId: previousId,
          target: placement.target,
          paragraphLabel: placement.paragraphLabel,
          status: placement.anchorStatus,
        })
      }
      // Placements and the report of the removed draft go with it (foreign keys cascade).
      this.deps.drafts.deleteRevision(newest.id)
    })
    this.announce(documentId, touched)
    return this.deps.drafts.listDrafts(documentId)
  }

  /** The user has seen how the passage changed in a later draft: clear its "changed since" badge. */
  acknowledgeChange(annotationId: string): Annotation {
    const annotation = this.deps.annotations.get(annotationId)
    if (!annotation) throw new AppError('annotations.notFound', 'This annotation no longer exists.')
    this.deps.transaction(() => this.deps.drafts.acknowledge(annotationId, annotation.revisionId, nowIso()))
    this.deps.events.emit('annotations.didChange', { documentId: annotation.documentId, annotationIds: [annotationId] })
    return this.deps.annotations.get(annotationId)!
  }

  /**
   * Undo of re-attaching an orphan by hand: it is an orphan of the newest draft again, with what it had before (its
   * old passage, label and carry-over with the places offered), never placed on whatever text its old offsets hit.
   */
  detach(annotationId: string, previous: OrphanPlacement): Annotation {
    const annotation = this.deps.annotations.get(annotationId)
    if (!annotation) throw new AppError('annotations.notFound', 'This annotation no longer exists.')
    this.liveDocument(annotation.documentId)
    this.deps.transaction(() => {
      const newest = this.newest(annotation.documentId)
      this.deps.annotations.updateAnchor(annotationId, {
        revisionId: newest.id,
        target: previous.target,
        paragraphLabel: previous.paragraphLabel,
        status: 'orphaned',
      })
      if (!previous.carryOver) return
      const { reattached: _handPlaced, ...carryOver } = previous.carryOver
      this.deps.drafts.savePlacement({
        annotationId,
        revisionId: newest.id,
        target: previous.target,
        paragraphLabel: previous.paragraphLabel,
        anchorStatus: 'orphaned',
        carryOver,
        acknowledgedAt: this.deps.drafts.placementsIn(newest.id).get(annotationId)?.acknowledgedAt ?? null,
      })
    })
    this.deps.events.emit('annotations.didChange', { documentId: annotation.documentId, annotationIds: [annotationId] })
    return this.deps.annotations.get(annotationId)!
  }

  private liveDocument(documentId: string) {
    const state = this.deps.documents.getState(documentId)
    if (!state) throw draftRefusals.documentMissing()
    if (state.deletedAt !== null) throw draftRefusals.documentDeleted()
    const summary = this.deps.documents.getSummary(documentId)
    if (!summary) throw draftRefusals.documentMissing()
    return summary
  }

  private newest(documentId: string): Revision {
    const revision = this.deps.revisions.current(documentId)
    if (!revision) throw draftRefusals.documentMissing()
    return revision
  }

  private draft(documentId: string, number: number): Revision {
    return this.revision(this.draftId(documentId, number), number)
  }

  private draftId(documentId: string, number: number): string {
    const revisionId = this.deps.drafts.revisionIdOf(documentId, number)
    if (!revisionId) throw draftRefusals.noSuchDraft(number)
    return revisionId
  }

  private revision(revisionId: string, number: number): Revision {
    const revision = this.deps.revisions.get(revisionId)
    if (!revision) throw draftRefusals.noSuchDraft(number)
    return revision
  }

  private announce(documentId: string, annotationIds: string[]): void {
    this.deps.events.emit('documents.didChange', { documentIds: [documentId] })
    this.deps.events.emit('drafts.didChange', { documentId })
    this.deps.events.emit('annotations.didChange', { documentId, annotationIds })
  }
}
