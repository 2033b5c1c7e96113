import type { ExportFilter } from '../common/api/exportApi'
import type { Annotation } from '../common/model/annotation'

/** The annotations an export includes: those matching every given criterion, in reading order. */
export function selectAnnotations(annotations: readonly Annotation[], filter: ExportFilter): Annotation[] {
  const tags = new Set((filter.tags ?? []).map(tagKey))
  const colors = new Set(filter.colors ?? [])
  const authors = new Set(filter.authors ?? [])
  const status = filter.status ?? 'all'
  return annotations
    .filter((annotation) => tags.size === 0 || annotation.tags.some((tag) => tags.has(tagKey(tag.name))))
    .filter((annotation) => colors.size === 0 || colors.has(annotation.color))
    .filter((annotation) => authors.size === 0 || authors.has(annotation.author))
    .filter((annotation) => status === 'all' || (status === 'resolved') === (annotation.resolvedAt !== null))
    .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end || a.id.localeCompare(b.id))
}

/** Tags compare case-insensitively, after Unicode normalisation. */
export function tagKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase()
}

/** The top-level comment of an annotation (the thread's first entry without a parent), if any. */
export function mainComment(annotation: Annotation): Annotation['comments'][number] | undefined {
  return annotation.comments.find((comment) => comment.parentId === null)
}

/** Every comment of the thread except the main one, oldest first. */
export function replies(annotation: Annotation): Annotation['comments'] {
  const main = mainComment(annotation)
  return annotation.comments.filter((comment) => comment !== main)
}
