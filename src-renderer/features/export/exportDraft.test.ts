import { describe, expect, it } from 'vitest'
import { draftFor, requestFor } from './exportDraft'

const documentId = '4f0a7c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b'

describe('the export form for one opening of the dialog', () => {
  it('exports the open document when no tag is asked for', () => {
    const request = requestFor(draftFor(documentId, null), documentId, 'en')
    expect(request.source).toEqual({ kind: 'document', documentId })
    expect(request.briefing.layout).toBe('fullText')
  })

  it("is preset to a tag's passages across the library, as excerpts, when opened from a tag collection", () => {
    const request = requestFor(draftFor(documentId, 'Ôn thi'), documentId, 'vi')
    expect(request.source).toEqual({ kind: 'tag', tagName: 'Ôn thi' })
    expect(request.briefing.layout).toBe('excerpts')
  })

  it('never asks for a document when none is open', () => {
    const draft = { ...draftFor(null, 'Năng lượng'), sourceKind: 'document' as const }
    expect(requestFor(draft, null, 'en').source).toEqual({ kind: 'tag', tagName: 'Năng lượng' })
  })
})
