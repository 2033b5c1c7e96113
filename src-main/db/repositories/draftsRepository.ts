import type { TextTarget } from '../../common/model/annotation'
import type { DraftReport, DraftSummary } from '../../common/model/draft'
import type { Connection } from '../connection'
import { type PlacementRecord, type PlacementRow, placementRecord as toRecord } from './placementRows'

export type { PlacementRecord }

/** Where an annotation made on a draft was in it when that draft's import was undone. */
type UndonePlacement = {
  annotationId: string
  documentId: string
  /** The undone draft's content hash: importing the same text again puts the annotation back. */
  contentHash: string
  draftNumber: number
  target: TextTarget
  paragraphLabel: string | null
}

type UndonePlacementRow = {
  annotation_id: string
  document_id: string
  content_hash: string
  draft_number: number
  start_offset: number
  end_offset: number
  exact: string
  prefix: string
  suffix: string
  paragraph_label: string | null
}

/** Drafts of documents: their list, placement history, stored reports. All SQL about drafts lives here. */
export class DraftsRepository {
  constructor(private readonly db: Connection) {}

  /** Every draft of a document, oldest first. */
  listDrafts(documentId: string): DraftSummary[] {
    const rows = this.db
      .prepare(
        `SELECT r.id, r.number, coalesce(r.source_name, d.source_name) AS source_name, r.created_at,
           json_array_length(r.blocks) AS block_count, length(r.text) AS character_count,
           EXISTS (SELECT 1 FROM draft_reports x WHERE x.revision_id = r.id) AS has_report
         FROM revisions r JOIN documents d ON d.id = r.document_id
         WHERE r.document_id = ? ORDER BY r.number`,
      )
      .all(documentId) as {
      id: string
      number: number
      source_name: string
      created_at: string
      block_count: number
      character_count: number
      has_report: number
    }[]
    return rows.map((row) => ({
      revisionId: row.id,
      number: row.number,
      sourceName: row.source_name,
      createdAt: row.created_at,
      blockCount: row.block_count,
      characterCount: row.character_count,
      hasReport: row.has_report === 1,
    }))
  }

  /** The id of draft `number` of a document, or null. */
  revisionIdOf(documentId: string, number: number): string | null {
    const row = this.db
      .prepare(`SELECT id FROM revisions WHERE document_id = ? AND number = ?`)
      .get(documentId, number) as { id: string } | undefined
    return row?.id ?? null
  }

  /** Remember which file a draft came from. */
  setSourceName(revisionId: string, sourceName: string): void {
    this.db.prepare(`UPDATE revisions SET source_name = ? WHERE id = ?`).run(sourceName, revisionId)
  }

  /** Remove a draft; its placements and report go with it (foreign keys cascade). */
  deleteRevision(revisionId: string): void {
    this.db.prepare(`DELETE FROM revisions WHERE id = ?`).run(revisionId)
  }

  /** Store (or replace) where an annotation is in a draft. */
  savePlacement(record: PlacementRecord): void {
    const { target, carryOver } = record
    this.db
      .prepare(
        `INSERT OR REPLACE INTO annotation_placements (annotation_id, revision_id, start_offset, end_offset, exact,
           prefix, suffix, paragraph_label, anchor_status, class, confidence, from_draft, to_draft, previous_exact,
           previous_label, candidates, changed_since_draft, changed_since_exact, acknowledged_at, reattached)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        record.annotationId,
        record.revisionId,
        target.start,
        target.end,
        target.exact,
        target.prefix,
        target.suffix,
        record.paragraphLabel,
        record.anchorStatus,
        carryOver?.class ?? null,
        carryOver?.confidence ?? null,
        carryOver?.fromDraft ?? null,
        carryOver?.toDraft ?? null,
        carryOver?.previousExact ?? null,
        carryOver?.previousParagraphLabel ?? null,
        JSON.stringify(carryOver?.candidates ?? []),
        carryOver?.changedSince?.draft ?? null,
        carryOver?.changedSince?.exact ?? null,
        record.acknowledgedAt,
        carryOver?.reattached ? 1 : 0,
      )
  }

  /** Forget where an annotation was in a draft (an annotation put back from an undone draft sheds its orphan row). */
  deletePlacement(annotationId: string, revisionId: string): void {
    this.db
      .prepare(`DELETE FROM annotation_placements WHERE annotation_id = ? AND revision_id = ?`)
      .run(annotationId, revisionId)
  }

  /** Remember where an annotation made on a draft that is being undone was in it (see migration 10). */
  rememberUndone(record: UndonePlacement, at: string): void {
    const { target } = record
    this.db
      .prepare(
        `INSERT OR REPLACE INTO undone_draft_placements (annotation_id, document_id, content_hash, draft_number,
           start_offset, end_offset, exact, prefix, suffix, paragraph_label, undone_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        record.annotationId,
        record.documentId,
        record.contentHash,
        record.draftNumber,
        target.start,
        target.end,
        target.exact,
        target.prefix,
        target.suffix,
        record.paragraphLabel,
        at,
      )
  }

  /** Where annotations made on an undone draft with this content were in it, by annotation id. */
  undonePlacements(documentId: string, contentHash: string): Map<string, UndonePlacement> {
    const rows = this.db
      .prepare(`SELECT * FROM undone_draft_placements WHERE document_id = ? AND content_hash = ?`)
      .all(documentId, contentHash) as UndonePlacementRow[]
    return new Map(
      rows.map((row) => [
        row.annotation_id,
        {
          annotationId: row.annotation_id,
          documentId: row.document_id,
          contentHash: row.content_hash,
          draftNumber: row.draft_number,
          target: {
            start: row.start_offset,
            end: row.end_offset,
            exact: row.exact,
            prefix: row.prefix,
            suffix: row.suffix,
          },
          paragraphLabel: row.paragraph_label,
        },
      ]),
    )
  }

  /** The annotation is back in its draft (or placed elsewhere): nothing to remember for it any more. */
  forgetUndone(annotationId: string): void {
    this.db.prepare(`DELETE FROM undone_draft_placements WHERE annotation_id = ?`).run(annotationId)
  }

  /** Where each annotation was in a draft, by annotation id. */
  placementsIn(revisionId: string): Map<string, PlacementRecord> {
    const rows = this.db
      .prepare(`SELECT * FROM annotation_placements WHERE revision_id = ?`)
      .all(revisionId) as PlacementRow[]
    return new Map(rows.map((row) => [row.annotation_id, toRecord(row)]))
  }

  /** The user has seen how the passage changed: clear the badge in this draft. */
  acknowledge(annotationId: string, revisionId: string, at: string): void {
    this.db
      .prepare(
        `UPDATE annotation_placements SET changed_since_draft = NULL, changed_since_exact = NULL, acknowledged_at = ?
         WHERE annotation_id = ? AND revision_id = ?`,
      )
      .run(at, annotationId, revisionId)
  }

  /** Store the report of an import. */
  saveReport(report: DraftReport): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO draft_reports (revision_id, document_id, report, created_at) VALUES (?, ?, ?, ?)`,
      )
      .run(report.revisionId, report.documentId, JSON.stringify(report), report.createdAt)
  }

  /** The stored report of the import that made a draft, or null. */
  report(revisionId: string): DraftReport | null {
    const row = this.db.prepare(`SELECT report FROM draft_reports WHERE revision_id = ?`).get(revisionId) as
      { report: string } | undefined
    return row ? (JSON.parse(row.report) as DraftReport) : null
  }

  /** The newest draft of every document in the library (not in the trash): the texts a new file is compared with. */
  newestDraftTexts(): { documentId: string; number: number; text: string }[] {
    return this.db
      .prepare(
        `SELECT r.document_id AS documentId, r.number, r.text FROM revisions r JOIN documents d ON d.id = r.document_id
         WHERE d.deleted_at IS NULL
           AND r.number = (SELECT max(number) FROM revisions x WHERE x.document_id = r.document_id)`,
      )
      .all() as { documentId: string; number: number; text: string }[]
  }
}
