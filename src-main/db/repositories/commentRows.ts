import type { Comment } from '../../common/model/annotation'

/** A row of comments as SQLite returns it. */
export type CommentRow = {
  id: string
  annotation_id: string
  parent_id: string | null
  author: string
  body: string
  created_at: string
  updated_at: string
  author_id?: string | null
}

/** The comment a row describes: the one mapping of the comments table. */
export function toComment(row: CommentRow): Comment {
  const comment: Comment = {
    id: row.id,
    annotationId: row.annotation_id,
    parentId: row.parent_id,
    author: row.author,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
  if (row.author_id) comment.authorId = row.author_id
  return comment
}
