import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SearchIndexRepository } from '../../src-main/db/repositories/searchIndexRepository'
import { SearchRepository } from '../../src-main/db/repositories/searchRepository'
import { EventBus } from '../../src-main/services/eventBus'
import { SearchService } from '../../src-main/services/searchService'
import { transactionOn } from '../../src-main/services/transaction'
import { composeParts, type Parts } from '../support/annotationParts'
import { addRevision, seedDocument } from '../support/seedDocument'

const paragraphs = [
  '8. Hai bên nhấn mạnh cần đẩy mạnh hợp tác kinh tế - thương mại.',
  'Hai bên thỏa thuận phối hợp chặt chẽ trong khuôn khổ Ủy ban liên Chính phủ.',
  '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và dầu khí.',
]
const text = paragraphs.join('\n')
const spanOf = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length })

let parts: Parts
let search: SearchService
let documentId: string
beforeEach(() => {
  parts = composeParts()
  search = new SearchService(
    new SearchRepository(parts.db.db),
    new SearchIndexRepository(parts.db.db),
    new EventBus(),
    transactionOn(parts.db.db),
  )
  documentId = seedDocument(parts.db.db, paragraphs).documentId
  parts.settings.update({ authorName: 'Nguyễn Văn An' })
})
afterEach(() => parts.db.remove())

/** Which fields of which annotations a query finds, as "field:annotationId" (text hits as "text"). */
function found(query: string): string[] {
  return search
    .query({ text: query })
    .groups.flatMap((group) =>
      group.hits.map((hit) => (hit.annotation ? `${hit.field}:${hit.annotation.id}` : hit.field)),
    )
    .sort()
}

describe('the search index follows the annotation services', () => {
  it('indexes highlights, tags, comments and replies as they are made, edited and removed', () => {
    const energy = parts.annotations.create({ documentId, ...spanOf('năng lượng'), color: 'green', tags: ['Ôn thi'] })
    expect(found('on thi')).toEqual([`tag:${energy.id}`])
    const hit = search.query({ text: 'on thi' }).groups[0]!.hits[0]!
    expect(hit).toMatchObject({ paragraphLabel: '9', annotation: { color: 'green', author: 'Nguyễn Văn An' } })
    expect(text.slice(hit.start, hit.end)).toBe('năng lượng')

    const withComment = parts.annotations.addComment(energy.id, 'Cần đối chiếu bản tiếng Nga', null)
    const comment = withComment.comments[0]!
    parts.annotations.addComment(energy.id, 'Đã xem lại', comment.id)
    expect(found('doi chieu')).toEqual([`comment:${energy.id}`])
    expect(found('xem lai')).toEqual([`comment:${energy.id}`])
    parts.annotations.editComment(comment.id, 'Cần hỏi Bộ Ngoại giao')
    expect(found('doi chieu')).toEqual([])
    expect(found('ngoai giao')).toEqual([`comment:${energy.id}`])

    parts.annotations.setTags(energy.id, ['Ghi nhớ'])
    expect(found('on thi')).toEqual([])
    const [tag] = parts.tags.list()
    parts.tags.rename(tag!.id, 'Ngoại thương')
    expect(found('ghi nho')).toEqual([])
    expect(found('ngoai thuong')).toEqual([`tag:${energy.id}`])

    parts.annotations.delete(energy.id)
    expect(found('ngoai thuong')).toEqual([])
    expect(found('ngoai giao')).toEqual([])
    expect(found('"nang luong"')).toEqual(['text'])
  })

  it('merges and deletes tags everywhere they appear in results', () => {
    const a = parts.annotations.create({ documentId, ...spanOf('năng lượng'), color: 'yellow', tags: ['energy'] })
    const b = parts.annotations.create({ documentId, ...spanOf('dầu khí'), color: 'yellow', tags: ['oil'] })
    const [energy, oil] = parts.tags.list()
    parts.tags.merge(oil!.id, energy!.id)
    expect(found('energy')).toEqual([`tag:${a.id}`, `tag:${b.id}`].sort())
    expect(found('oil')).toEqual([])
    expect(search.tagCollection(energy!.id).passages.map((passage) => passage.quote)).toEqual(['năng lượng', 'dầu khí'])
    parts.tags.delete(energy!.id)
    expect(found('energy')).toEqual([])
  })

  it('follows a highlight to its new place and quote in a later draft', () => {
    const created = parts.annotations.create({ documentId, ...spanOf('dầu khí'), color: 'blue' })
    const draft = ['Lời mở đầu mới.', ...paragraphs]
    addRevision(parts.db.db, documentId, draft)
    parts.annotations.list(documentId)
    const hit = search.query({ text: 'dau khi', filters: { kinds: ['annotation'] } }).groups[0]!.hits[0]!
    expect(hit.annotation?.id).toBe(created.id)
    expect(draft.join('\n').slice(hit.start, hit.end)).toBe('dầu khí')
    expect(found('loi mo dau')).toEqual(['text'])
  })
})
