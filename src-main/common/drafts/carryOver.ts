import type { TextTarget } from '../model/annotation'
import { alignDrafts, draftText, type DraftAlignment } from './draftAlignment'
import { placeAnnotation, type Placement } from './placeAnnotation'

/**
 * Carry a set of annotation targets from one draft to the next: the drafts are aligned once, then every target goes
 * through the same offset map (no per-annotation search over the whole text).
 */
export function carryOver(
  olderTexts: readonly string[],
  newerTexts: readonly string[],
  targets: readonly TextTarget[],
): { alignment: DraftAlignment; placements: Placement[] } {
  const alignment = alignDrafts(draftText(olderTexts), draftText(newerTexts))
  return { alignment, placements: targets.map((target) => placeAnnotation(alignment, target)) }
}
