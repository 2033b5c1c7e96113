import type { Comment } from '../../common/model/annotation'
import type { Connection } from '../connection'

type CommentRow = {
  id: string
  annotation_id: string
  parent_id: string | null
  author: string
  body: string
  created_at: string
  updated_at: string
}

/** Comments and replies on annotations. */
export class CommentsRepository {
  constructor(private readonly db: Connection) {}

  /** One comment, or null. */
  get(commentId: string): Comment | null {
    const row = this.db.prepare(`SELECT * FROM comments WHERE id = ?`).get(commentId) as CommentRow | undefined
    return row ? toComment(row) : null
  }

  /** Store a comment, keeping its id and times (restore uses this too). */
  insert(comment: Comment): void {
    this.db
      .prepare(
        `INSERT INTO comments (id, annotation_id, parent_id, author, body, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        comment.id,
        comment.annotationId,
        comment.parentId,
        comment.author,
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

function toComment(row: CommentRow): Comment {
  return {
    id: row.id,
    annotationId: row.annotation_id,
    parentId: row.parent_id,
    author: row.author,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
