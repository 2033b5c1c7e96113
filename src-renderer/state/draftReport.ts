import type { DraftReport } from '@common/model/draft'
import { api } from '../api/client'
import { createStore } from './createStore'

/** The draft report on screen: none, one being fetched, one shown, or why it could not be fetched. */
export type DraftReportState =
  | { status: 'closed' }
  | { status: 'loading'; documentId: string; draft: number }
  | { status: 'open'; report: DraftReport }
  | { status: 'failed'; error: unknown }

/** The report dialog's state: opened after a draft import, and reopenable from the reader's draft tools. */
export const draftReportStore = createStore<DraftReportState>({ status: 'closed' })

/** Show a report main has just returned. */
export function showDraftReport(report: DraftReport): void {
  draftReportStore.set({ status: 'open', report })
}

/** Reopen the report stored when `draft` of the document was imported. */
export async function openDraftReport(documentId: string, draft: number): Promise<void> {
  draftReportStore.set({ status: 'loading', documentId, draft })
  try {
    const report = await api['drafts.report'](documentId, draft)
    draftReportStore.set({ status: 'open', report })
  } catch (error) {
    draftReportStore.set({ status: 'failed', error })
  }
}

/** Close the report. */
export function closeDraftReport(): void {
  draftReportStore.set({ status: 'closed' })
}
