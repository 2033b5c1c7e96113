import type { Tag } from '../../common/model/annotation'
import type { Connection } from '../connection'
import { toTag, toTagUsage, type TagRow, type TagUsage } from './tagRows'

/** Tags and their links to annotations. `name_key` (NFC, lower case) makes names unique regardless of case. */
export class TagsRepository {
  constructor(private readonly db: Connection) {}

  /** Every tag with its usage count, by name. */
  listWithUsage(): TagUsage[] {
    return (
      this.db
        .prepare(
          `SELECT t.id, t.name, t.color, count(at.annotation_id) AS usage
           FROM tags t LEFT JOIN annotation_tags at ON at.tag_id = t.id
           GROUP BY t.id ORDER BY t.name COLLATE NOCASE, t.name`,
        )
        .all() as TagRow[]
    ).map(toTagUsage)
  }

  /** One tag by id, or null. */
  get(tagId: string): TagUsage | null {
    const row = this.db
      .prepare(
        `SELECT t.id, t.name, t.color, (SELECT count(*) FROM annotation_tags WHERE tag_id = t.id) AS usage
         FROM tags t WHERE t.id = ?`,
      )
      .get(tagId) as TagRow | undefined
    return row ? toTagUsage(row) : null
  }

  /** The tag whose key is `nameKey`, or null. */
  findByKey(nameKey: string): Tag | null {
    const row = this.db.prepare(`SELECT id, name, color FROM tags WHERE name_key = ?`).get(nameKey) as
      TagRow | undefined
    return row ? toTag(row) : null
  }

  /** Store a new tag. */
  insert(tag: Tag, nameKey: string, createdAt: string): void {
    this.db
      .prepare(`INSERT INTO tags (id, name, name_key, color, created_at) VALUES (?, ?, ?, ?, ?)`)
      .run(tag.id, tag.name, nameKey, tag.color, createdAt)
  }

  /** Change a tag's name (and so its key). */
  rename(tagId: string, name: string, nameKey: string): void {
    this.db.prepare(`UPDATE tags SET name = ?, name_key = ? WHERE id = ?`).run(name, nameKey, tagId)
  }

  /** Give a tag a colour, or take it away. */
  setColor(tagId: string, color: string | null): void {
    this.db.prepare(`UPDATE tags SET color = ? WHERE id = ?`).run(color, tagId)
  }

  /** Move every link from `sourceId` to `targetId` (annotations with both keep one), then drop the source. */
  merge(sourceId: string, targetId: string): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)
         SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ?`,
      )
      .run(targetId, sourceId)
    this.delete(sourceId)
  }

  /** Delete a tag; its links go with it. */
  delete(tagId: string): void {
    this.db.prepare(`DELETE FROM tags WHERE id = ?`).run(tagId)
  }
}
