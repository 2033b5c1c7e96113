import type { Annotation, AnnotationColor } from '@common/model/annotation'

/** What the panel's filter bar asks for. Empty values mean "any". */
export type AnnotationFilter = {
  text: string
  color: AnnotationColor | null
  tagId: string | null
  author: string | null
  status: 'any' | 'open' | 'resolved'
  hasComment: boolean
  /** Only annotations whose passage changed in a later draft and that the user has not yet marked as seen. */
  changed: boolean
}

/** No filtering at all. */
export const noFilter: AnnotationFilter = {
  text: '',
  color: null,
  tagId: null,
  author: null,
  status: 'any',
  hasComment: false,
  changed: false,
}

/** Lower case without diacritics ("Điều" → "dieu"), so "nang luong" finds "năng lượng". */
export function foldForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'd').toLowerCase()
}

const searchText = new WeakMap<Annotation, string>()

function searchable(annotation: Annotation): string {
  let folded = searchText.get(annotation)
  if (folded === undefined) {
    folded = foldForSearch(
      [
        annotation.target.exact,
        ...annotation.comments.map((comment) => comment.body),
        ...annotation.tags.map((tag) => tag.name),
        annotation.paragraphLabel ?? '',
      ].join('\n'),
    )
    searchText.set(annotation, folded)
  }
  return folded
}

type Facet = 'text' | 'color' | 'tagId' | 'author' | 'status' | 'hasComment' | 'changed'

function passes(annotation: Annotation, filter: AnnotationFilter, skip: Facet | null, words: string[]): boolean {
  if (skip !== 'color' && filter.color && annotation.color !== filter.color) return false
  if (skip !== 'tagId' && filter.tagId && !annotation.tags.some((tag) => tag.id === filter.tagId)) return false
  if (skip !== 'author' && filter.author !== null && annotation.author !== filter.author) return false
  if (
    skip !== 'status' &&
    filter.status !== 'any' &&
    (filter.status === 'resolved') !== (annotation.resolvedAt !== null)
  )
    return false
  if (skip !== 'hasComment' && filter.hasComment && annotation.comments.length === 0) return false
  if (skip !== 'changed' && filter.changed && !annotation.carryOver?.changedSince) return false
  if (skip !== 'text' && words.length > 0) {
    const haystack = searchable(annotation)
    if (!words.every((word) => haystack.includes(word))) return false
  }
  return true
}

/** Counts shown beside each filter choice: how many annotations that choice would show, given the other filters. */
export type FilterCounts = {
  colors: Map<AnnotationColor, number>
  tags: Map<string, { name: string; count: number }>
  authors: Map<string, number>
  open: number
  resolved: number
  withComment: number
  /** How many changed since an earlier draft, and the earliest such draft (null when none). */
  changed: number
  changedSinceDraft: number | null
}

/** Apply the filter; returns the matching annotations (order kept) and the count beside every choice. */
export function filterAnnotations(
  annotations: readonly Annotation[],
  filter: AnnotationFilter,
): { shown: Annotation[]; counts: FilterCounts } {
  const words = foldForSearch(filter.text).split(/\s+/u).filter(Boolean)
  const counts: FilterCounts = {
    colors: new Map(),
    tags: new Map(),
    authors: new Map(),
    open: 0,
    resolved: 0,
    withComment: 0,
    changed: 0,
    changedSinceDraft: null,
  }
  const shown: Annotation[] = []
  for (const annotation of annotations) {
    if (passes(annotation, filter, null, words)) shown.push(annotation)
    if (passes(annotation, filter, 'color', words)) {
      counts.colors.set(annotation.color, (counts.colors.get(annotation.color) ?? 0) + 1)
    }
    if (passes(annotation, filter, 'tagId', words)) {
      for (const tag of annotation.tags) {
        const entry = counts.tags.get(tag.id) ?? { name: tag.name, count: 0 }
        entry.count++
        counts.tags.set(tag.id, entry)
      }
    }
    if (passes(annotation, filter, 'author', words)) {
      counts.authors.set(annotation.author, (counts.authors.get(annotation.author) ?? 0) + 1)
    }
    if (passes(annotation, filter, 'status', words)) {
      if (annotation.resolvedAt) counts.resolved++
      else counts.open++
    }
    if (passes(annotation, filter, 'hasComment', words) && annotation.comments.length > 0) counts.withComment++
    const changedSince = annotation.carryOver?.changedSince
    if (changedSince && passes(annotation, filter, 'changed', words)) {
      counts.changed++
      counts.changedSinceDraft = Math.min(counts.changedSinceDraft ?? changedSince.draft, changedSince.draft)
    }
  }
  return { shown, counts }
}
