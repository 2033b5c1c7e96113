import type { Comment } from '../../common/model/annotation'
import type { Connection } from '../connection'
import { toComment, type CommentRow } from './commentRows'

/** Comments and replies on annotations. */
export class CommentsRepository {
  constructor(private readonly db: Connection) {}

  /** One comment, or null. */
  get(commentId: string): Comment | null {
    const row = this.db.prepare(`SELECT * FROM comments WHERE id = ?`).get(commentId) as CommentRow | undefined
    return row ? toComment(row) : null
  }

  /** Store a comment, keeping its id, author id and times (restore uses this too). */
  insert(comment: Comment): void {
    this.db
      .prepare(
        `INSERT INTO comments (id, annotation_id, parent_id, author, author_id, body, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        comment.id,
        comment.annotationId,
        comment.parentId,
        comment.author,
        comment.authorId ?? null,
        comment.body,
        comment.createdAt,
        comment.updatedAt,
      )
  }

  /** Change a comment's text. */
  updateBody(commentId: string, body: string, updatedAt: string): void {
    this.db.prepare(`UPDATE comments SET body = ?, updated_at = ? WHERE id = ?`).run(body, updatedAt, commentId)
  }

  /** Delete a comment; its replies go with it. */
  delete(commentId: string): void {
    this.db.prepare(`DELETE FROM comments WHERE id = ?`).run(commentId)
  }
}
