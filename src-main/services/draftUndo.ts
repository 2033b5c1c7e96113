import type { Annotation } from '../common/model/annotation'
import type { Revision } from '../common/model/document'
import { nowIso } from '../common/model/ids'
import type { AnnotationsRepository } from '../db/repositories/annotationsRepository'
import type { DraftsRepository } from '../db/repositories/draftsRepository'

type Repositories = { annotations: AnnotationsRepository; drafts: DraftsRepository }

/**
 * Undo of a draft import met an annotation made on the draft being removed: it has no place in the draft before, but
 * its thread is the user's work, so it is kept as an orphan of that draft (listed under "Needs attention", with its
 * passage as last seen) and its place in the removed draft is remembered under that draft's content hash.
 * Call inside the undo's transaction, before the draft is deleted.
 */
export function orphanUndoneAnnotation(
  repositories: Repositories,
  annotation: Annotation,
  removed: Revision,
  previous: Revision,
): void {
  const { annotations, drafts } = repositories
  drafts.rememberUndone(
    {
      annotationId: annotation.id,
      documentId: annotation.documentId,
      contentHash: removed.contentHash,
      draftNumber: removed.number,
      target: annotation.target,
      paragraphLabel: annotation.paragraphLabel,
    },
    nowIso(),
  )
  annotations.updateAnchor(annotation.id, {
    revisionId: previous.id,
    target: annotation.target,
    paragraphLabel: annotation.paragraphLabel,
    status: 'orphaned',
  })
  // fromDraft > toDraft says "made on a later draft whose import was undone" (the panel words it so).
  drafts.savePlacement({
    annotationId: annotation.id,
    revisionId: previous.id,
    target: annotation.target,
    paragraphLabel: annotation.paragraphLabel,
    anchorStatus: 'orphaned',
    carryOver: {
      class: 'orphaned',
      fromDraft: removed.number,
      toDraft: previous.number,
      confidence: 0,
      previousExact: annotation.target.exact,
      previousParagraphLabel: annotation.paragraphLabel,
      candidates: [],
      changedSince: null,
    },
    acknowledgedAt: null,
  })
}

/**
 * Importing a draft whose text is exactly that of an undone one (a redo, or the same file imported again): the
 * annotations made on it that are still orphans of the draft before go back where they were, as made there (no
 * carry-over). Returns the annotations left for the carry-over. Call inside the import's transaction, after the
 * new draft is stored.
 */
export function restoreUndoneAnnotations(
  repositories: Repositories,
  older: Revision,
  newer: Revision,
  all: readonly Annotation[],
): { restored: string[]; toCarry: Annotation[] } {
  const { annotations, drafts } = repositories
  const remembered = drafts.undonePlacements(newer.documentId, newer.contentHash)
  if (remembered.size === 0) return { restored: [], toCarry: [...all] }
  const restored: string[] = []
  const toCarry: Annotation[] = []
  for (const annotation of all) {
    const place = remembered.get(annotation.id)
    const fits =
      place !== undefined &&
      annotation.anchorStatus === 'orphaned' &&
      annotation.revisionId === older.id &&
      newer.text.slice(place.target.start, place.target.end) === place.target.exact
    if (!fits) {
      toCarry.push(annotation)
      continue
    }
    annotations.updateAnchor(annotation.id, {
      revisionId: newer.id,
      target: place.target,
      paragraphLabel: place.paragraphLabel,
      status: 'anchored',
    })
    // As before the undo: no row in the draft before, so that undoing again keeps it the same way.
    drafts.deletePlacement(annotation.id, older.id)
    drafts.forgetUndone(annotation.id)
    restored.push(annotation.id)
  }
  return { restored, toCarry }
}
