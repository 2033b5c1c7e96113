import { describe, expect, it } from 'vitest'
import type { Comment } from '@common/model/annotation'
import { threadOrder } from './threadOrder'

const comment = (id: string, parentId: string | null, minute: number): Comment => ({
  id,
  annotationId: 'a',
  parentId,
  author: 'An',
  body: id,
  createdAt: `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`,
  updatedAt: `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`,
})

describe('thread order', () => {
  it('shows a second top-level comment with its replies instead of hiding it', () => {
    const comments = [
      comment('second', null, 5),
      comment('reply-to-first', 'first', 3),
      comment('first', null, 1),
      comment('reply-to-second', 'second', 6),
      comment('reply-to-reply', 'reply-to-first', 4),
    ]
    expect(threadOrder(comments).map((each) => each.id)).toEqual([
      'first',
      'reply-to-first',
      'reply-to-reply',
      'second',
      'reply-to-second',
    ])
  })

  it('keeps a reply whose parent is missing', () => {
    expect(threadOrder([comment('lost', 'gone', 2), comment('root', null, 1)]).map((each) => each.id)).toEqual([
      'root',
      'lost',
    ])
  })
})
