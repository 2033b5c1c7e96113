import type { Annotation } from '../model/annotation'

/**
 * An annotation whose passage left the text (orphaned when re-anchored, or by a new draft's carry-over) cannot be
 * shown in text: its cards wait, suspended, until it is re-attached.
 */
export function suspendsCards(annotation: Pick<Annotation, 'anchorStatus' | 'carryOver'>): boolean {
  return annotation.anchorStatus === 'orphaned' || annotation.carryOver?.class === 'orphaned'
}

/** The paragraph a card cites: its label ("9", "Điều 3") or, without one, its position in the text ("¶4"). */
export function sourceLabelFor(text: string, start: number, paragraphLabel: string | null): string {
  if (paragraphLabel) return paragraphLabel
  let paragraph = 1
  for (let at = text.indexOf('\n'); at !== -1 && at < start; at = text.indexOf('\n', at + 1)) paragraph++
  return `¶${paragraph}`
}
