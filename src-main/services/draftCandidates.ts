import { foldForComparison } from '../common/drafts/comparisonFold'
import { splitLeadingNumber } from '../common/drafts/leadingNumber'
import type { Block } from '../common/model/document'
import type { DraftCandidate } from '../common/model/draft'
import type { DocumentsRepository } from '../db/repositories/documentsRepository'
import type { DraftsRepository } from '../db/repositories/draftsRepository'

/** A file is offered as the next draft of a document when at least this share of its paragraphs is in it. */
const minimumShared = 0.5
/** Very short paragraphs ("Kết luận", "1.") are shared by unrelated documents and do not count. */
const minimumParagraphLength = 24

/**
 * Finds the document an imported file is probably a later draft of: the one whose newest draft holds the largest
 * share of the file's paragraphs (compared folded, without their numbers). Cheap: a set lookup per paragraph.
 */
export class DraftCandidates {
  constructor(
    private readonly drafts: DraftsRepository,
    private readonly documents: DocumentsRepository,
  ) {}

  /** The best candidate for these blocks, or null when no document shares most of them. */
  find(blocks: readonly Block[]): DraftCandidate | null {
    const keys = blocks.map((block) => paragraphKey(block.text)).filter((key) => key.length >= minimumParagraphLength)
    if (keys.length === 0) return null
    let best: { documentId: string; number: number; share: number } | null = null
    for (const draft of this.drafts.newestDraftTexts()) {
      const known = new Set(draft.text.split('\n').map(paragraphKey))
      const shared = keys.filter((key) => known.has(key)).length / keys.length
      if (shared >= minimumShared && (!best || shared > best.share)) {
        best = { documentId: draft.documentId, number: draft.number, share: shared }
      }
    }
    if (!best) return null
    const document = this.documents.getSummary(best.documentId)
    if (!document) return null
    return { document, nextDraft: best.number + 1, sharedParagraphs: Math.round(best.share * 100) / 100 }
  }
}

function paragraphKey(text: string): string {
  return foldForComparison(splitLeadingNumber(text).body).trim()
}
