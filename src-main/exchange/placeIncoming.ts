import { anchorTarget } from '../common/anchoring/anchor'
import { targetAt } from '../common/anchoring/describe'
import { paragraphLabelAt } from '../common/anchoring/paragraphLabel'
import type { AnchorStatus, TextTarget } from '../common/model/annotation'
import type { Revision } from '../common/model/document'
import { blockStartOffsets } from '../common/text/canonicalText'
import { CodePointIndex } from '../common/text/codePoints'
import type { IncomingAnnotation } from './parseW3c'

/** Where an imported annotation lands in a revision, decided exactly as for an annotation made in the app. */
export type Placement = { target: TextTarget; paragraphLabel: string | null; status: AnchorStatus }

/**
 * Place a W3C annotation in `revision` with the app's own anchoring (stored position, exact quote with its
 * context, then the fuzzy search), so that an imported annotation and one made in the app re-anchor the same way.
 * A file's code-point positions are converted to UTF-16 first. Without a quote, a position inside the text is
 * trusted. What cannot be placed is orphaned and keeps the file's quote for the user to re-attach.
 */
export function placeIncoming(revision: Revision, incoming: IncomingAnnotation): Placement {
  const { text } = revision
  const index = new CodePointIndex(text)
  const position = incoming.position
    ? { start: index.toUtf16(incoming.position.start), end: index.toUtf16(incoming.position.end) }
    : null
  const stored: TextTarget = {
    start: position?.start ?? 0,
    end: position?.end ?? 0,
    exact: incoming.quote?.exact ?? '',
    prefix: incoming.quote?.prefix ?? '',
    suffix: incoming.quote?.suffix ?? '',
  }
  let span: { start: number; end: number } | null = null
  if (stored.exact) span = anchorTarget(text, stored)
  else if (position && position.start < position.end && position.end <= text.length) span = position
  if (!span) return { target: stored, paragraphLabel: null, status: 'orphaned' }
  return {
    target: targetAt(text, span.start, span.end),
    paragraphLabel: paragraphLabelAt(revision.blocks, blockStartOffsets(revision.blocks), span.start),
    status: 'anchored',
  }
}
