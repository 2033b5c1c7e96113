import { AppError } from '../common/api/appError'

/** Refusals about drafts; each code has an English and a Vietnamese message in the errors catalogue. */
export const draftRefusals = {
  sameAsNewest: (draft: number) =>
    new AppError(
      'drafts.sameAsNewest',
      `This file has the same text as draft ${draft}, the newest draft. No new draft was created.`,
      { draft },
    ),
  documentDeleted: () =>
    new AppError(
      'drafts.documentDeleted',
      'This document is in the trash. Restore it before importing a new draft of it.',
    ),
  documentMissing: () => new AppError('drafts.documentMissing', 'This document is no longer in the library.'),
  noSuchDraft: (draft: number) => new AppError('drafts.noSuchDraft', `This document has no draft ${draft}.`, { draft }),
  noReport: (draft: number) =>
    new AppError('drafts.noReport', `There is no import report for draft ${draft}: it was the first draft.`, {
      draft,
    }),
  nothingToUndo: () =>
    new AppError('drafts.nothingToUndo', 'This document has only one draft, so there is no draft import to undo.'),
}
