import type { AnchorStatus, TextTarget } from '../../common/model/annotation'
import type { CarryOver, CarryOverClass, PlacementCandidate } from '../../common/model/draft'

/** Where an annotation was in one draft, and how the import that brought it there classified it. */
export type PlacementRecord = {
  annotationId: string
  revisionId: string
  target: TextTarget
  paragraphLabel: string | null
  anchorStatus: AnchorStatus
  /** Null for the draft the annotation was made on (nothing carried it there). */
  carryOver: CarryOver | null
  acknowledgedAt: string | null
}

/** A row of annotation_placements as SQLite returns it. */
export type PlacementRow = {
  annotation_id: string
  revision_id: string
  start_offset: number
  end_offset: number
  exact: string
  prefix: string
  suffix: string
  paragraph_label: string | null
  anchor_status: string
  class: string | null
  confidence: number | null
  from_draft: number | null
  to_draft: number | null
  previous_exact: string | null
  previous_label: string | null
  candidates: string
  changed_since_draft: number | null
  changed_since_exact: string | null
  acknowledged_at: string | null
  reattached: number
}

/** Map a placement row to its record (snake_case to camelCase at this one seam). */
export function placementRecord(row: PlacementRow): PlacementRecord {
  const carryOver: CarryOver | null =
    row.class === null
      ? null
      : {
          class: row.class as CarryOverClass,
          fromDraft: row.from_draft ?? 1,
          toDraft: row.to_draft ?? 1,
          confidence: row.confidence ?? 0,
          previousExact: row.previous_exact ?? '',
          previousParagraphLabel: row.previous_label,
          candidates: JSON.parse(row.candidates) as PlacementCandidate[],
          changedSince:
            row.changed_since_draft === null
              ? null
              : { draft: row.changed_since_draft, exact: row.changed_since_exact ?? '' },
          ...(row.reattached === 1 ? { reattached: true } : {}),
        }
  return {
    annotationId: row.annotation_id,
    revisionId: row.revision_id,
    target: { start: row.start_offset, end: row.end_offset, exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    paragraphLabel: row.paragraph_label,
    anchorStatus: row.anchor_status as AnchorStatus,
    carryOver,
    acknowledgedAt: row.acknowledged_at,
  }
}
