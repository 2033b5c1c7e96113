import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { composeParts, type Parts } from '../support/annotationParts'
import { addRevision, seedDocument } from '../support/seedDocument'

const paragraphs = [
  '8. Hai bên nhấn mạnh cần tận dụng tối đa các tiềm năng và cơ hội để đẩy mạnh hợp tác kinh tế - thương mại.',
  'Hai bên thỏa thuận tiếp tục phối hợp chặt chẽ trong khuôn khổ Ủy ban liên Chính phủ.',
  '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí.',
  '10. Việt Nam và LB Nga thống nhất tăng cường hợp tác chặt chẽ và hiệu quả.',
]
const text = paragraphs.join('\n')
const spanOf = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length })

let parts: Parts
let documentId: string
beforeEach(() => {
  parts = composeParts()
  documentId = seedDocument(parts.db.db, paragraphs).documentId
  parts.settings.update({ authorName: 'Nguyễn Văn An' })
})
afterEach(() => parts.db.remove())

describe('annotations on a real library file', () => {
  it('creates a highlight with author, times, quote, context and the paragraph number', () => {
    const created = parts.annotations.create({ documentId, ...spanOf('năng lượng'), color: 'green' })
    expect(created).toMatchObject({ color: 'green', author: 'Nguyễn Văn An', paragraphLabel: '9', resolvedAt: null })
    expect(created.target.exact).toBe('năng lượng')
    expect(created.target.prefix.endsWith('trong lĩnh vực ')).toBe(true)
    expect(parts.annotations.list(documentId).map((a) => a.id)).toEqual([created.id])
    expect(parts.events.map((e) => e.name)).toContain('annotations.didChange')
  })

  it('labels a passage spanning paragraphs 8–9 by the paragraph it starts in', () => {
    const start = text.indexOf('Ủy ban')
    const end = text.indexOf('tăng cường')
    const created = parts.annotations.create({ documentId, start, end, color: 'blue' })
    expect(created.paragraphLabel).toBe('8')
    expect(created.target.exact).toContain('\n9. Hai bên')
  })

  it('keeps tags case-insensitive and NFC, and reuses an existing tag', () => {
    const a = parts.annotations.create({ documentId, ...spanOf('năng lượng'), color: 'yellow', tags: ['Năng lượng'] })
    const b = parts.annotations.setTags(
      parts.annotations.create({ documentId, ...spanOf('dầu khí'), color: 'yellow' }).id,
      ['NĂNG LƯỢNG'.normalize('NFD'), 'Энергия/Атом'],
    )
    expect(b.tags.map((tag) => tag.id)).toContain(a.tags[0]!.id)
    expect(parts.tags.list().map((tag) => [tag.name, tag.usage])).toEqual([
      ['Năng lượng', 2],
      ['Энергия/Атом', 1],
    ])
  })

  it('lists every annotation of the document with its tags in name order, whatever their case', () => {
    const several = parts.annotations.create({
      documentId,
      ...spanOf('năng lượng'),
      color: 'yellow',
      tags: ['oil', 'Điều 3', 'Energy', 'budget'],
    })
    const one = parts.annotations.create({ documentId, ...spanOf('dầu khí'), color: 'green', tags: ['Energy'] })
    const none = parts.annotations.create({ documentId, ...spanOf('Ủy ban'), color: 'blue' })
    const listed = parts.annotations.list(documentId)
    const byId = new Map(listed.map((annotation) => [annotation.id, annotation]))
    expect(listed.every((annotation) => annotation.documentId === documentId)).toBe(true)
    expect(byId.get(several.id)!.tags.map((tag) => tag.name)).toEqual(['budget', 'Energy', 'oil', 'Điều 3'])
    expect(byId.get(one.id)!.tags.map((tag) => tag.name)).toEqual(['Energy'])
    expect(byId.get(none.id)!.tags).toEqual([])
  })

  it('renames, merges, colours and deletes tags everywhere', () => {
    const a = parts.annotations.create({ documentId, ...spanOf('năng lượng'), color: 'yellow', tags: ['energy'] })
    parts.annotations.create({ documentId, ...spanOf('dầu khí'), color: 'yellow', tags: ['oil', 'energy'] })
    const [energy, oil] = parts.tags.list()
    expect(() => parts.tags.rename(oil!.id, 'ENERGY')).toThrow(expect.objectContaining({ code: 'tags.nameTaken' }))
    parts.tags.rename(energy!.id, 'Energy/Nuclear')
    expect(parts.annotations.list(documentId)[0]!.tags[0]!.name).toBe('Energy/Nuclear')
    const merged = parts.tags.merge(oil!.id, energy!.id)
    expect(merged.usage).toBe(2)
    expect(parts.tags.setColor(energy!.id, '#aa3300').color).toBe('#aa3300')
    expect(parts.tags.delete(energy!.id)).toBe(2)
    expect(parts.annotations.list(documentId).find((x) => x.id === a.id)!.tags).toEqual([])
  })

  it('threads replies under a comment, resolves and reopens, edits and deletes', () => {
    const a = parts.annotations.create({ documentId, ...spanOf('dầu khí'), color: 'pink', comment: '**Cần** xem lại' })
    const comment = a.comments[0]!
    const replied = parts.annotations.addComment(a.id, 'Đồng ý', comment.id)
    expect(replied.comments.map((c) => [c.body, c.parentId])).toEqual([
      ['**Cần** xem lại', null],
      ['Đồng ý', comment.id],
    ])
    expect(parts.annotations.setResolved(a.id, true).resolvedAt).not.toBeNull()
    expect(parts.annotations.setResolved(a.id, false).resolvedAt).toBeNull()
    const edited = parts.annotations.editComment(comment.id, 'Đã xem')
    expect(edited.comments[0]!.body).toBe('Đã xem')
    // Deleting the first comment removes its reply too; undo brings back both, as the renderer's undo sends them.
    const removed = edited.comments
    expect(removed.map((c) => c.id)).toEqual([comment.id, replied.comments[1]!.id])
    expect(parts.annotations.deleteComment(comment.id).comments).toEqual([])
    expect(parts.annotations.restoreComments(removed).comments.map((c) => c.id)).toEqual(removed.map((c) => c.id))
  })

  it('restores a deleted annotation with the same id, tags and thread (undo)', () => {
    const a = parts.annotations.create({ documentId, ...spanOf('năng lượng'), color: 'purple', tags: ['năng lượng'] })
    parts.annotations.addComment(a.id, 'Ghi chú', null)
    const snapshot = parts.annotations.delete(a.id)
    expect(parts.annotations.list(documentId)).toEqual([])
    const restored = parts.annotations.restore(snapshot)
    expect(restored).toEqual(snapshot)
  })

  it('re-anchors on a new draft and orphans a removed passage without dropping it', () => {
    const kept = parts.annotations.create({ documentId, ...spanOf('năng lượng'), color: 'yellow' })
    const lost = parts.annotations.create({ documentId, ...spanOf('Ủy ban liên Chính phủ'), color: 'yellow' })
    addRevision(parts.db.db, documentId, ['Lời mở đầu.', paragraphs[0]!, paragraphs[2]!, paragraphs[3]!])
    const listed = parts.annotations.list(documentId)
    const keptNow = listed.find((x) => x.id === kept.id)!
    expect(keptNow).toMatchObject({ anchorStatus: 'anchored', paragraphLabel: '9' })
    const lostNow = listed.find((x) => x.id === lost.id)!
    expect(lostNow.anchorStatus).toBe('orphaned')
    expect(lostNow.target.exact).toBe('Ủy ban liên Chính phủ')
    const newText = ['Lời mở đầu.', paragraphs[0]!, paragraphs[2]!, paragraphs[3]!].join('\n')
    expect(newText.slice(keptNow.target.start, keptNow.target.end)).toBe('năng lượng')
    expect(keptNow.target.start).not.toBe(kept.target.start)
    const at = newText.indexOf('hợp tác kinh tế')
    const reattached = parts.annotations.reattach(lost.id, at, at + 'hợp tác kinh tế'.length)
    expect(reattached).toMatchObject({ anchorStatus: 'anchored', paragraphLabel: '8' })
  })

  it('refuses a selection of only whitespace with an error the user can act on', () => {
    const at = text.indexOf(' ')
    expect(() => parts.annotations.create({ documentId, start: at, end: at + 1, color: 'yellow' })).toThrow(
      expect.objectContaining({ code: 'annotations.emptySelection' }),
    )
  })
})
