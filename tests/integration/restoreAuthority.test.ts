import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { composeParts, type Parts } from '../support/annotationParts'
import { seedDocument } from '../support/seedDocument'

const ours = ['9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng.']
const theirs = ['3. Bên kia giữ nguyên lập trường về vấn đề biển.']

let parts: Parts
let ourDocument: ReturnType<typeof seedDocument>
let theirDocument: ReturnType<typeof seedDocument>
beforeEach(() => {
  parts = composeParts()
  ourDocument = seedDocument(parts.db.db, ours)
  theirDocument = seedDocument(parts.db.db, theirs)
})
afterEach(() => parts.db.remove())

/** A deleted annotation of ours, ready to be restored, and a commented annotation in the other document. */
function setUp() {
  const mine = parts.annotations.create({ documentId: ourDocument.documentId, start: 3, end: 10, color: 'yellow' })
  const other = parts.annotations.create({
    documentId: theirDocument.documentId,
    start: 3,
    end: 10,
    color: 'blue',
    comment: 'Their private note',
  })
  const snapshot = parts.annotations.delete(mine.id)
  return { snapshot, other, theirComment: other.comments[0]! }
}

describe('undo never reaches into another document', () => {
  it('refuses an annotation.restore that carries a comment already in another thread', () => {
    const { snapshot, other, theirComment } = setUp()
    const forged = { ...snapshot, comments: [{ ...theirComment, annotationId: snapshot.id, body: 'overwritten' }] }
    expect(() => parts.annotations.restore(forged)).toThrow(expect.objectContaining({ code: 'annotations.notHere' }))
    expect(parts.annotations.list(theirDocument.documentId)[0]!.comments).toEqual(other.comments)
    expect(parts.annotations.list(ourDocument.documentId)).toEqual([])
  })

  it('refuses a restore whose revision belongs to another document', () => {
    const { snapshot, other } = setUp()
    const forged = { ...snapshot, revisionId: other.revisionId }
    expect(() => parts.annotations.restore(forged)).toThrow(expect.objectContaining({ code: 'annotations.notHere' }))
    expect(parts.annotations.list(ourDocument.documentId)).toEqual([])
  })

  it('refuses a restored reply whose parent is in another thread', () => {
    const { snapshot, theirComment } = setUp()
    const restored = parts.annotations.restore(snapshot)
    const reply = {
      id: 'reply-1',
      annotationId: restored.id,
      parentId: theirComment.id,
      author: 'X',
      body: 'Hidden reply',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
    expect(() => parts.annotations.restoreComments([reply])).toThrow(
      expect.objectContaining({ code: 'annotations.notHere' }),
    )
    expect(parts.annotations.list(ourDocument.documentId)[0]!.comments).toEqual([])
  })

  it('still restores its own thread, replies included', () => {
    const mine = parts.annotations.create({
      documentId: ourDocument.documentId,
      start: 3,
      end: 10,
      color: 'yellow',
      comment: 'Cần xem lại',
    })
    const withReply = parts.annotations.addComment(mine.id, 'Đồng ý', mine.comments[0]!.id)
    const snapshot = parts.annotations.delete(mine.id)
    expect(parts.annotations.restore(snapshot)).toEqual(snapshot)
    expect(snapshot.comments).toEqual(withReply.comments)
  })
})
