import type { DocumentSummary } from '@common/model/document'
import { foldQuery } from '@common/text/diacriticFold'

/** The columns the library can be sorted by. */
export const sortKeys = ['title', 'format', 'language', 'size', 'annotations', 'lastOpened'] as const
export type SortKey = (typeof sortKeys)[number]
export type SortOrder = { key: SortKey; direction: 'ascending' | 'descending' }

const collator = new Intl.Collator(['vi', 'en', 'ru'], { sensitivity: 'base', numeric: true })

function compareBy(key: SortKey, a: DocumentSummary, b: DocumentSummary): number {
  switch (key) {
    case 'title':
      return collator.compare(a.title, b.title)
    case 'format':
      return a.format.localeCompare(b.format)
    case 'language':
      return a.language.localeCompare(b.language)
    case 'size':
      return a.sizeBytes - b.sizeBytes
    case 'annotations':
      return a.annotationCount - b.annotationCount
    case 'lastOpened':
      // Never opened sorts as the oldest.
      return (a.lastOpenedAt ?? '').localeCompare(b.lastOpenedAt ?? '')
  }
}

/** The documents whose title contains `filter`, ignoring case and diacritics ("duong" finds "Đường"), sorted. */
export function visibleDocuments(
  documents: readonly DocumentSummary[],
  filter: string,
  order: SortOrder,
): DocumentSummary[] {
  const needle = foldQuery(filter.trim())
  const kept = needle ? documents.filter((document) => foldQuery(document.title).includes(needle)) : [...documents]
  const sign = order.direction === 'ascending' ? 1 : -1
  // Ties fall back to the title, then the id, so the order never jumps between refreshes.
  return kept.sort(
    (a, b) => sign * compareBy(order.key, a, b) || collator.compare(a.title, b.title) || a.id.localeCompare(b.id),
  )
}

/** The direction a column starts in when first chosen: newest, largest and most annotated first. */
export function defaultDirection(key: SortKey): SortOrder['direction'] {
  return key === 'size' || key === 'annotations' || key === 'lastOpened' ? 'descending' : 'ascending'
}
