import type { Tag } from '../../common/model/annotation'

/** A row of tags as SQLite returns it; `usage` when the query counts the annotations carrying it. */
export type TagRow = { id: string; name: string; color: string | null; usage?: number }

/** A tag row joined to the annotation it is linked to (annotation_tags). */
export type TagLinkRow = TagRow & { annotation_id: string }

/** A tag with how many annotations carry it, for the tag manager. */
export type TagUsage = Tag & { usage: number }

/** The tag a row describes: the one mapping of the tags table. */
export function toTag(row: TagRow): Tag {
  return { id: row.id, name: row.name, color: row.color }
}

/** The tag a row describes, with its usage count (0 when the query counted none). */
export function toTagUsage(row: TagRow): TagUsage {
  return { ...toTag(row), usage: row.usage ?? 0 }
}

/** Linked tag rows grouped by annotation id, each list in the rows' order. */
export function tagsByAnnotation(rows: readonly TagLinkRow[]): Map<string, Tag[]> {
  const byAnnotation = new Map<string, Tag[]>()
  for (const row of rows) {
    const list = byAnnotation.get(row.annotation_id) ?? []
    list.push(toTag(row))
    byAnnotation.set(row.annotation_id, list)
  }
  return byAnnotation
}
