import type { ExportFormat, ExportRequest } from '@common/api/exportApi'
import type { AnnotationColor } from '@common/model/annotation'
import type { InterfaceLanguage } from '@common/model/settings'

/** What the dialog's form holds; turned into an ExportRequest when the user presses Export. */
export type ExportDraft = {
  format: ExportFormat
  sourceKind: 'document' | 'tag'
  tagName: string
  layout: 'fullText' | 'excerpts'
  notes: 'margin' | 'footer'
  paper: 'A4' | 'Letter'
  classification: string
  tags: string
  authors: string
  colors: AnnotationColor[]
  status: 'all' | 'open' | 'resolved'
}

/** The form's starting values. */
export const initialDraft: ExportDraft = {
  format: 'briefingPdf',
  sourceKind: 'document',
  tagName: '',
  layout: 'fullText',
  notes: 'margin',
  paper: 'A4',
  classification: '',
  tags: '',
  authors: '',
  colors: [],
  status: 'all',
}

/**
 * The starting values for one opening of the dialog: the open document, or with `tagName` (or no document open)
 * a briefing of excerpts of every passage carrying the tag across the library.
 */
export function draftFor(documentId: string | null, tagName: string | null): ExportDraft {
  if (tagName === null && documentId !== null) return initialDraft
  return { ...initialDraft, sourceKind: 'tag', tagName: tagName ?? '', layout: 'excerpts' }
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}

/** The request for a draft; `jobId` is fresh for every run so progress and cancel address this run only. */
export function requestFor(draft: ExportDraft, documentId: string | null, language: InterfaceLanguage): ExportRequest {
  const classification = draft.classification.trim()
  return {
    jobId: globalThis.crypto.randomUUID(),
    format: draft.format,
    source:
      draft.sourceKind === 'tag' || documentId === null
        ? { kind: 'tag', tagName: draft.tagName.trim() }
        : { kind: 'document', documentId },
    filter: { tags: list(draft.tags), authors: list(draft.authors), colors: draft.colors, status: draft.status },
    briefing: {
      layout: draft.layout,
      notes: draft.notes,
      paper: draft.paper,
      ...(classification ? { classification } : {}),
    },
    language,
  }
}
