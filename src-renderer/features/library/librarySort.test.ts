import { describe, expect, it } from 'vitest'
import type { DocumentSummary } from '@common/model/document'
import { visibleDocuments } from './librarySort'

let serial = 0
function doc(title: string, extra: Partial<DocumentSummary> = {}): DocumentSummary {
  serial++
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    title,
    sourceName: `${title}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    language: 'vi',
    sizeBytes: 100,
    contentHash: 'hash',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    lastOpenedAt: null,
    currentRevisionId: 'r',
    revisionCount: 1,
    annotationCount: 0,
    ...extra,
  }
}

const titles = (documents: DocumentSummary[]) => documents.map((document) => document.title)

describe('the library list', () => {
  const library = [
    doc('Đường sắt Bắc – Nam', { sizeBytes: 5000, annotationCount: 3, lastOpenedAt: '2026-02-01T00:00:00Z' }),
    doc('Tuyên bố chung', { sizeBytes: 36000, format: 'docx', language: 'vi' }),
    doc('Совместное заявление', { sizeBytes: 900, format: 'pdf', language: 'ru', annotationCount: 7 }),
    doc('annual report', { sizeBytes: 20, language: 'en', lastOpenedAt: '2026-03-01T00:00:00Z' }),
  ]

  it('filters by title ignoring case and diacritics, including Đ', () => {
    expect(titles(visibleDocuments(library, 'duong', { key: 'title', direction: 'ascending' }))).toEqual([
      'Đường sắt Bắc – Nam',
    ])
    expect(titles(visibleDocuments(library, 'ЗАЯВ', { key: 'title', direction: 'ascending' }))).toEqual([
      'Совместное заявление',
    ])
    expect(visibleDocuments(library, '  ', { key: 'title', direction: 'ascending' })).toHaveLength(4)
  })

  it('sorts by title with Vietnamese letters in their place, regardless of case', () => {
    expect(titles(visibleDocuments(library, '', { key: 'title', direction: 'ascending' }))).toEqual([
      'annual report',
      'Đường sắt Bắc – Nam',
      'Tuyên bố chung',
      'Совместное заявление',
    ])
  })

  it('sorts by size, annotations and last opened in either direction', () => {
    expect(titles(visibleDocuments(library, '', { key: 'size', direction: 'descending' }))[0]).toBe('Tuyên bố chung')
    expect(titles(visibleDocuments(library, '', { key: 'size', direction: 'ascending' }))[0]).toBe('annual report')
    expect(titles(visibleDocuments(library, '', { key: 'annotations', direction: 'descending' }))[0]).toBe(
      'Совместное заявление',
    )
    const opened = titles(visibleDocuments(library, '', { key: 'lastOpened', direction: 'descending' }))
    expect(opened.slice(0, 2)).toEqual(['annual report', 'Đường sắt Bắc – Nam'])
  })

  it('sorts by format and language, keeping ties in title order', () => {
    expect(titles(visibleDocuments(library, '', { key: 'format', direction: 'ascending' }))).toEqual([
      'Tuyên bố chung',
      'Совместное заявление',
      'annual report',
      'Đường sắt Bắc – Nam',
    ])
    expect(titles(visibleDocuments(library, '', { key: 'language', direction: 'ascending' }))[0]).toBe('annual report')
  })
})
