import { anchorTarget } from '../common/anchoring/anchor'
import { targetAt } from '../common/anchoring/describe'
import { blockCitations } from '../common/anchoring/blockCitations'
import { carryOver } from '../common/drafts/carryOver'
import type { DraftAlignment } from '../common/drafts/draftAlignment'
import type { Annotation, TextTarget } from '../common/model/annotation'
import type { Revision } from '../common/model/document'
import type { CarryOver, CarryOverClass, DraftReport, DraftReportItem, PlacementCandidate } from '../common/model/draft'
import { blockIndexAt, blockStartOffsets } from '../common/text/canonicalText'
import type { PlacementRecord } from '../db/repositories/draftsRepository'

/** What carrying one annotation over decided: its new placement (in the new draft) and the report line. */
export type CarriedAnnotation = { annotation: Annotation; placement: PlacementRecord; item: DraftReportItem }

/**
 * Carry every annotation of the newest draft onto the next one, in memory (the caller stores the result in one
 * transaction). An annotation still on an older draft is first found in the newest one the way the reader finds it;
 * one already orphaned stays orphaned and keeps what it was.
 */
export function carryAnnotations(
  older: Revision,
  newer: Revision,
  annotations: readonly Annotation[],
): { alignment: DraftAlignment; carried: CarriedAnnotation[] } {
  // Labels of every block once (one pass each), looked up per annotation by its block.
  const oldLabels = labelsByOffset(older)
  const newLabels = labelsByOffset(newer)
  const sources = annotations.map((annotation) => sourceTarget(older, annotation))
  const placeable = sources.filter((source): source is TextTarget => source !== null)
  const { alignment, placements } = carryOver(
    older.blocks.map((block) => block.text),
    newer.blocks.map((block) => block.text),
    placeable,
  )
  let next = 0
  const carried = annotations.map((annotation, index): CarriedAnnotation => {
    const source = sources[index] ?? null
    const placement = source ? placements[next++]! : null
    const previousExact = source?.exact ?? annotation.target.exact
    const previousParagraphLabel = source
      ? oldLabels(source.start)
      : (annotation.carryOver?.previousParagraphLabel ?? annotation.paragraphLabel)
    const klass: CarryOverClass = placement?.class ?? 'orphaned'
    const placed = placement && placement.start !== null && placement.end !== null ? placement : null
    const candidates: PlacementCandidate[] = (placement?.candidates ?? []).map((candidate) => ({
      ...candidate,
      exact: newer.text.slice(candidate.start, candidate.end),
      paragraphLabel: newLabels(candidate.start),
      score: Math.max(0, Math.min(1, candidate.score)),
    }))
    const changed = klass === 'reworded' || klass === 'orphaned'
    const carry: CarryOver = {
      class: klass,
      fromDraft: older.number,
      toDraft: newer.number,
      confidence: placement?.confidence ?? 0,
      previousExact,
      previousParagraphLabel,
      candidates,
      changedSince:
        annotation.carryOver?.changedSince ?? (changed ? { draft: older.number, exact: previousExact } : null),
    }
    const target = placed ? targetAt(newer.text, placed.start!, placed.end!) : annotation.target
    const paragraphLabel = placed ? newLabels(placed.start!) : null
    return {
      annotation,
      placement: {
        annotationId: annotation.id,
        revisionId: newer.id,
        target,
        paragraphLabel,
        anchorStatus: placed ? 'anchored' : 'orphaned',
        carryOver: carry,
        acknowledgedAt: null,
      },
      item: {
        annotationId: annotation.id,
        class: klass,
        confidence: carry.confidence,
        oldExact: previousExact,
        oldParagraphLabel: previousParagraphLabel,
        newExact: placed ? target.exact : null,
        newParagraphLabel: paragraphLabel,
        newStart: placed ? target.start : null,
        newEnd: placed ? target.end : null,
        candidates,
      },
    }
  })
  return { alignment, carried }
}

/** paragraphLabelAt for a revision, with every block's label computed once. */
function labelsByOffset(revision: Revision): (offset: number) => string | null {
  const starts = blockStartOffsets(revision.blocks)
  const { labels } = blockCitations(revision.blocks)
  return (offset) => labels[blockIndexAt(starts, offset)] ?? null
}

/** Where the annotation is in `older`, or null when it has no place there (an orphan stays one). */
function sourceTarget(older: Revision, annotation: Annotation): TextTarget | null {
  if (annotation.anchorStatus === 'orphaned') return null
  const { target } = annotation
  if (annotation.revisionId === older.id) {
    return older.text.slice(target.start, target.end) === target.exact ? target : null
  }
  // Made on an earlier draft and never carried: find it the way annotations.list would.
  const anchor = anchorTarget(older.text, target)
  return anchor ? targetAt(older.text, anchor.start, anchor.end) : null
}

/** Count the classes and the paragraph changes for the report; items in the new draft's order, orphans last. */
export function reportSummary(
  alignment: DraftAlignment,
  carried: readonly CarriedAnnotation[],
): Pick<DraftReport, 'counts' | 'paragraphs' | 'items'> {
  const counts: Record<CarryOverClass, number> = { exact: 0, moved: 0, reworded: 0, orphaned: 0 }
  for (const { item } of carried) counts[item.class]++
  const paragraphs = { unchanged: 0, renumbered: 0, changed: 0, moved: 0, inserted: 0, deleted: 0 }
  for (const change of alignment.paragraphs.changeOfOld) {
    if (change === 'movedChanged') paragraphs.moved++
    else if (change !== 'inserted') paragraphs[change]++
  }
  paragraphs.inserted = alignment.paragraphs.oldOf.filter((index) => index === -1).length
  const items = carried
    .map(({ item }) => item)
    .sort((a, b) => (a.newStart ?? Infinity) - (b.newStart ?? Infinity) || a.annotationId.localeCompare(b.annotationId))
  return { counts, paragraphs, items }
}

/**
 * The stored report as it stands now: a line whose annotation the user has since placed by hand in that draft takes
 * the class, place and text of that placement (marked `reattached`), and the counts follow, so a re-attached orphan
 * no longer counts as orphaned. The import's own guess stays in the placement history.
 */
export function reportAsPlacedNow(report: DraftReport, placements: ReadonlyMap<string, PlacementRecord>): DraftReport {
  let changed = false
  const items = report.items.map((item): DraftReportItem => {
    const placement = placements.get(item.annotationId)
    const carry = placement?.carryOver
    if (!placement || !carry?.reattached) return item
    changed = true
    return {
      ...item,
      class: carry.class,
      confidence: carry.confidence,
      newExact: placement.target.exact,
      newParagraphLabel: placement.paragraphLabel,
      newStart: placement.target.start,
      newEnd: placement.target.end,
      candidates: [],
      reattached: true,
    }
  })
  if (!changed) return report
  const counts: Record<CarryOverClass, number> = { exact: 0, moved: 0, reworded: 0, orphaned: 0 }
  for (const item of items) counts[item.class]++
  items.sort(
    (a, b) => (a.newStart ?? Infinity) - (b.newStart ?? Infinity) || a.annotationId.localeCompare(b.annotationId),
  )
  return { ...report, counts, items }
}
