import { z } from 'zod'
import type { Annotation } from '../model/annotation'
import type { DocumentSummary, Revision } from '../model/document'
import type { DraftComparison, DraftReport, DraftSummary } from '../model/draft'
import type { ArgSchemas } from './callMap'

/** An earlier (or the newest) draft opened read-only, with its annotations where they were in that draft. */
export type DraftView = {
  summary: DocumentSummary
  revision: Revision
  /** Annotations placed on this draft, as they were then; orphans of that draft are left out. */
  annotations: Annotation[]
}

export type DraftsApi = {
  /** Every draft of a document, oldest first. */
  'drafts.list': (documentId: string) => DraftSummary[]
  /** One draft, read-only, with its annotations placed as they were in it. */
  'drafts.open': (documentId: string, draft: number) => DraftView
  /** The report stored when draft `draft` was imported (draft ≥ 2). */
  'drafts.report': (documentId: string, draft: number) => DraftReport
  /** The whole document between two drafts, paragraph by paragraph and word by word. */
  'drafts.compare': (documentId: string, fromDraft: number, toDraft: number) => DraftComparison
  /**
   * Undo "Import new draft": remove the newest draft (only when it has one before it) and put every annotation
   * back where it was on the draft before. An annotation made on the removed draft is kept as an orphan of the draft
   * before (carryOver.fromDraft > toDraft), with its thread; importing the same text again (redo) puts it back.
   */
  'drafts.undoImport': (documentId: string) => DraftSummary[]
}

const id = z.string().uuid()
const draftNumber = z.number().int().min(1).max(100_000)

export const draftsArgs: ArgSchemas<DraftsApi> = {
  'drafts.list': z.tuple([id]),
  'drafts.open': z.tuple([id, draftNumber]),
  'drafts.report': z.tuple([id, draftNumber]),
  'drafts.compare': z.tuple([id, draftNumber, draftNumber]),
  'drafts.undoImport': z.tuple([id]),
}

export type DraftsEvents = {
  /** A draft was added to or removed from a document. */
  'drafts.didChange': { documentId: string }
}
