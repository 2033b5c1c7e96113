import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SearchIndexRepository } from '../../src-main/db/repositories/searchIndexRepository'
import { SearchRepository } from '../../src-main/db/repositories/searchRepository'
import { EventBus } from '../../src-main/services/eventBus'
import { SearchService } from '../../src-main/services/searchService'
import { transactionOn } from '../../src-main/services/transaction'
import { insertAnnotation, insertComment, insertDocument } from '../support/libraryFixtures'
import { createTempDatabase } from '../support/tempDatabase'

let db: ReturnType<typeof createTempDatabase>
let search: SearchService

beforeEach(() => {
  db = createTempDatabase()
  search = new SearchService(
    new SearchRepository(db.db),
    new SearchIndexRepository(db.db),
    new EventBus(),
    transactionOn(db.db),
  )
})
afterEach(() => db.remove())

describe('library search lists every match', () => {
  it('a document with 28 matching paragraphs and a matching comment lists all 29, the comment among the first', () => {
    const paragraphs = Array.from(
      { length: 28 },
      (_, index) =>
        `${index + 1}. Hai bên nhất trí đẩy mạnh hợp tác đường sắt, cảng biển, hàng không và năng lượng giai đoạn ${index + 1}.`,
    )
    const { revisionId } = insertDocument(db.db, 'Tuyên bố chung', [...paragraphs, 'Kết luận.'])
    const text = [...paragraphs, 'Kết luận.'].join('\n')
    const start = text.indexOf('Kết luận')
    const annotationId = insertAnnotation(db.db, revisionId, start, start + 8)
    insertComment(db.db, annotationId, 'Cần số liệu đường sắt 2024', { author: 'Tuấn' })

    const [group, ...others] = search.query({ text: 'duong sat' }).groups
    expect(others).toEqual([])
    expect(group!.hitCount).toBe(29)
    expect(group!.hits).toHaveLength(29)
    expect(group!.hits.filter((hit) => hit.field === 'text')).toHaveLength(28)
    const comment = group!.hits.findIndex((hit) => hit.kind === 'comment')
    expect(comment).toBeGreaterThanOrEqual(0)
    expect(comment).toBeLessThan(3)
  })

  it('lists every matching document, not only the first 25', () => {
    for (let index = 0; index < 30; index++) insertDocument(db.db, `Bản dự thảo ${index + 1}`, ['Hợp tác đường sắt.'])
    const result = search.query({ text: 'duong sat' })
    expect(result.groups).toHaveLength(30)
    expect(result.truncated).toBe(false)
  })
})
