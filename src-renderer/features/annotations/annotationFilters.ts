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
  /** Only annotations colleagues' versions disagree about (the card shows every version). */
  conflicts: boolean
  /** Only annotations the most recent merge from colleagues (sync or file) brought or changed. */
  arrived: boolean
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
  conflicts: false,
  arrived: false,
}

/** True when `a` and `b` ask for the same annotations. */
function sameFilter(a: AnnotationFilter, b: AnnotationFilter): boolean {
  return (Object.keys(a) as (keyof AnnotationFilter)[]).every((key) => a[key] === b[key])
}

/** Lower case without diacritics ("Điều" → "dieu"), so "nang luong" finds "năng lượng". */
export function foldForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'd').toLowerCase()
}

const searchText = new WeakMap<Annotation, string>()

/** What the search box looks in: quote, comments, tags and paragraph number, unfolded. */
function searchSource(annotation: Annotation): string {
  return [
    annotation.target.exact,
    ...annotation.comments.map((comment) => comment.body),
    ...annotation.tags.map((tag) => tag.name),
    annotation.paragraphLabel ?? '',
  ].join('\n')
}

/**
 * Fold the searchable text of every annotation not folded yet, in one call: one normalisation over the joined
 * texts costs a fraction of one per annotation (20,000 cards: the first key typed in the search box).
 */
export function prepareSearch(annotations: readonly Annotation[]): void {
  const pending = annotations.filter((annotation) => !searchText.has(annotation))
  if (pending.length === 0) return
  // U+0001 survives folding and is in no text the panel searches: it splits the folded texts apart again.
  const folded = foldForSearch(pending.map(searchSource).join('\u0001')).split('\u0001')
  if (folded.length !== pending.length) {
    for (const annotation of pending) searchText.set(annotation, foldForSearch(searchSource(annotation)))
    return
  }
  pending.forEach((annotation, index) => searchText.set(annotation, folded[index]!))
}

function searchable(annotation: Annotation): string {
  let folded = searchText.get(annotation)
  if (folded === undefined) {
    folded = foldForSearch(searchSource(annotation))
    searchText.set(annotation, folded)
  }
  return folded
}

/** One bit per filter; an annotation's misses are the filters it fails. */
const miss = {
  text: 1,
  color: 2,
  tagId: 4,
  author: 8,
  status: 16,
  hasComment: 32,
  changed: 64,
  conflicts: 128,
  arrived: 256,
} as const

/** The filters `annotation` fails, as bits of `miss`: each test runs once, whatever the counts need. */
function misses(annotation: Annotation, filter: AnnotationFilter, words: readonly string[]): number {
  let failed = 0
  if (filter.color && annotation.color !== filter.color) failed |= miss.color
  if (filter.tagId && !annotation.tags.some((tag) => tag.id === filter.tagId)) failed |= miss.tagId
  if (filter.author !== null && annotation.author !== filter.author) failed |= miss.author
  if (filter.status !== 'any' && (filter.status === 'resolved') !== (annotation.resolvedAt !== null))
    failed |= miss.status
  if (filter.hasComment && annotation.comments.length === 0) failed |= miss.hasComment
  if (filter.changed && !annotation.carryOver?.changedSince) failed |= miss.changed
  if (filter.conflicts && !annotation.conflict) failed |= miss.conflicts
  if (filter.arrived && !annotation.arrivedAt) failed |= miss.arrived
  if (words.length > 0) {
    const haystack = searchable(annotation)
    if (!words.every((word) => haystack.includes(word))) failed |= miss.text
  }
  return failed
}

/** Counts shown beside each filter choice: how many annotations that choice would show, given the other filters. */
export type FilterCounts = {
  colors: Map<AnnotationColor, number>
  tags: Map<string, { name: string; count: number }>
  /** By author name: how many, and the author id their colour comes from (absent: this library's user). */
  authors: Map<string, number>
  authorIds: Map<string, string | null>
  open: number
  resolved: number
  withComment: number
  /** How many changed since an earlier draft, and the earliest such draft (null when none). */
  changed: number
  changedSinceDraft: number | null
  /** How many are in conflict between colleagues. */
  conflicts: number
  /** How many the most recent merge from colleagues brought or changed. */
  arrived: number
}

/**
 * Apply the filter; returns the matching annotations (order kept) and the count beside every choice. One pass:
 * each annotation's failed filters are worked out once, and a choice counts it when it fails no other filter.
 */
export function filterAnnotations(
  annotations: readonly Annotation[],
  filter: AnnotationFilter,
): { shown: Annotation[]; counts: FilterCounts } {
  const words = foldForSearch(filter.text).split(/\s+/u).filter(Boolean)
  const counts: FilterCounts = {
    colors: new Map(),
    tags: new Map(),
    authors: new Map(),
    authorIds: new Map(),
    open: 0,
    resolved: 0,
    withComment: 0,
    changed: 0,
    changedSinceDraft: null,
    conflicts: 0,
    arrived: 0,
  }
  if (words.length > 0) prepareSearch(annotations)
  // With nothing chosen no annotation fails anything: the tests are skipped, and only the counting runs.
  const chosen = words.length > 0 || !sameFilter({ ...filter, text: '' }, noFilter)
  const shown: Annotation[] = chosen ? [] : annotations.slice()
  // Passes every filter except (at most) `facet`.
  const onlyMisses = (failed: number, facet: number) => (failed & ~facet) === 0
  // Indexed loops, not for…of: the first pass over 20,000 annotations runs before the engine has optimised this
  // function, and there each step of an iterator allocates (megabytes at that size, and a garbage collection).
  for (let index = 0; index < annotations.length; index++) {
    const annotation = annotations[index]!
    const failed = chosen ? misses(annotation, filter, words) : 0
    if (failed === 0) {
      if (chosen) shown.push(annotation) // with nothing chosen, `shown` is already the whole list
    } else if ((failed & (failed - 1)) !== 0) continue // two or more filters fail: no choice would show it
    if (onlyMisses(failed, miss.color)) {
      counts.colors.set(annotation.color, (counts.colors.get(annotation.color) ?? 0) + 1)
    }
    if (onlyMisses(failed, miss.tagId)) {
      for (let at = 0; at < annotation.tags.length; at++) {
        const tag = annotation.tags[at]!
        const entry = counts.tags.get(tag.id)
        if (entry) entry.count++
        else counts.tags.set(tag.id, { name: tag.name, count: 1 })
      }
    }
    if (onlyMisses(failed, miss.author)) {
      counts.authors.set(annotation.author, (counts.authors.get(annotation.author) ?? 0) + 1)
      if (!counts.authorIds.has(annotation.author)) counts.authorIds.set(annotation.author, annotation.authorId ?? null)
    }
    if (onlyMisses(failed, miss.status)) {
      if (annotation.resolvedAt) counts.resolved++
      else counts.open++
    }
    if (onlyMisses(failed, miss.hasComment) && annotation.comments.length > 0) counts.withComment++
    const changedSince = annotation.carryOver?.changedSince
    if (changedSince && onlyMisses(failed, miss.changed)) {
      counts.changed++
      counts.changedSinceDraft = Math.min(counts.changedSinceDraft ?? changedSince.draft, changedSince.draft)
    }
    if (annotation.conflict && onlyMisses(failed, miss.conflicts)) counts.conflicts++
    if (annotation.arrivedAt && onlyMisses(failed, miss.arrived)) counts.arrived++
  }
  return { shown, counts }
}
