import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SearchRequest } from '../../src-main/common/api/searchApi'
import { SearchIndexRepository } from '../../src-main/db/repositories/searchIndexRepository'
import { SearchRepository } from '../../src-main/db/repositories/searchRepository'
import { EventBus } from '../../src-main/services/eventBus'
import { SearchService } from '../../src-main/services/searchService'
import { transactionOn } from '../../src-main/services/transaction'
import { russianWords, vietnameseWords } from '../../src-main/common/search/wordLists.testData'
import { createTempDatabase } from '../support/tempDatabase'
import {
  insertAnnotation,
  insertComment,
  insertDocument,
  insertRevision,
  tagAnnotation,
} from '../support/libraryFixtures'

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

const statement = [
  'Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện',
  '9. Hai bên nhất trí đẩy mạnh hợp tác đường sắt và năng lượng.',
  '12(b) Tăng cường hợp tác quốc phòng - an ninh.',
  'Điều 3. Người dân hai nước được hưởng lợi.',
]

function find(request: SearchRequest | string) {
  return search.query(typeof request === 'string' ? { text: request } : request)
}

/** The text each hit highlights, per document title. */
function highlighted(request: SearchRequest | string): string[] {
  return find(request).groups.flatMap((group) =>
    group.hits.flatMap((hit) => hit.snippet.highlights.map((range) => hit.snippet.text.slice(range.start, range.end))),
  )
}

describe('search over a real library file', () => {
  it('finds Vietnamese and Russian words by their unaccented, NFD and mixed-case forms', () => {
    insertDocument(
      db.db,
      'Vietnamese words',
      vietnameseWords.map(([word]) => `Trong văn bản có ${word} ở đây.`),
    )
    insertDocument(
      db.db,
      'Russian words',
      russianWords.map(([word]) => `В тексте есть ${word} здесь.`),
    )
    for (const [word, plain] of [...vietnameseWords, ...russianWords]) {
      const mixed = [...word].map((char, index) => (index % 2 ? char.toUpperCase() : char.toLowerCase())).join('')
      for (const query of [plain, word.normalize('NFD'), mixed, `"${plain}"`]) {
        expect(highlighted(query), `${query} should find ${word}`).toContain(word)
      }
    }
  })

  it('points a text hit at the passage, with its paragraph number and the accented match highlighted', () => {
    const { documentId } = insertDocument(db.db, 'Joint statement', statement)
    const result = find('duong sat')
    expect(result.groups.map((group) => group.documentId)).toEqual([documentId])
    const hit = result.groups[0]!.hits[0]!
    expect(hit.paragraphLabel).toBe('9')
    const text = statement.join('\n')
    expect(text.slice(hit.start, hit.end)).toBe('đường sắt')
    expect(hit.snippet.text.slice(hit.snippet.highlights[0]!.start, hit.snippet.highlights[0]!.end)).toBe('đường sắt')
    expect(find('"hop tac" quoc').groups[0]?.hits[0]?.paragraphLabel).toBe('12(b)')
    expect(find('nguoi dan').groups[0]?.hits[0]?.paragraphLabel).toBe('Điều 3')
  })

  it('keeps diacritics when asked to match them', () => {
    insertDocument(db.db, 'Two words', ['Hợp đồng và hộp thư.'])
    expect(highlighted('hop')).toEqual(['Hợp', 'hộp'])
    expect(highlighted({ text: 'hộp', matchDiacritics: true })).toEqual(['hộp'])
    expect(highlighted({ text: 'hop', matchDiacritics: true })).toEqual([])
  })

  it('supports prefixes, OR and NOT', () => {
    insertDocument(db.db, 'Energy', ['Hợp tác năng lượng hạt nhân.'])
    insertDocument(db.db, 'Rail', ['Hợp tác đường sắt cao tốc.'])
    expect(find('năng lư*').groups.map((group) => group.title)).toEqual(['Energy'])
    expect(find('hop tac -duong').groups.map((group) => group.title)).toEqual(['Energy'])
    expect(
      find('nhan OR sat')
        .groups.map((group) => group.title)
        .sort(),
    ).toEqual(['Energy', 'Rail'])
  })

  it.each([
    '"',
    '*',
    '(',
    ')',
    'NEAR',
    'NEAR(hop tac)',
    '-',
    'AND OR',
    '"hop tac',
    'hop" tac"',
    'x'.repeat(5000),
    '{exact}:hợp',
    "'); DROP TABLE documents;--",
  ])('answers hostile input %# with results or a status, never an error', (input) => {
    insertDocument(db.db, 'Energy', ['Hợp tác năng lượng hạt nhân.'])
    const result = find(input)
    expect(['ok', 'empty', 'onlyExclusions']).toContain(result.status)
    expect(db.db.prepare(`SELECT count(*) AS n FROM documents`).get()).toEqual({ n: 1 })
  })

  it('finds annotation quotes, comments, replies and tags, with colour, tags and author, and filters them', () => {
    const { revisionId } = insertDocument(db.db, 'Joint statement', statement)
    const text = statement.join('\n')
    const start = text.indexOf('hợp tác quốc phòng')
    const annotationId = insertAnnotation(db.db, revisionId, start, start + 'hợp tác quốc phòng'.length, {
      color: 'green',
      author: 'Lan',
      paragraphLabel: '12(b)',
    })
    tagAnnotation(db.db, annotationId, 'Ôn thi')
    const commentId = insertComment(db.db, annotationId, 'Cần đối chiếu với bản tiếng Nga', { author: 'Tuấn' })
    insertComment(db.db, annotationId, 'Đã kiểm tra xong', { author: 'Lan', parentId: commentId })

    const byTag = find({ text: 'on thi' }).groups[0]!.hits[0]!
    expect(byTag).toMatchObject({ kind: 'annotation', field: 'tag', start, paragraphLabel: '12(b)' })
    expect(byTag.annotation).toMatchObject({ color: 'green', author: 'Lan', tags: [{ name: 'Ôn thi' }] })
    expect(find('doi chieu').groups[0]!.hits[0]).toMatchObject({ kind: 'comment', comment: { author: 'Tuấn' } })
    expect(find('kiem tra').groups[0]!.hits[0]).toMatchObject({ kind: 'comment', comment: { isReply: true } })

    const unlabelled = insertAnnotation(db.db, revisionId, text.indexOf('nhất trí'), text.indexOf('nhất trí') + 8)
    insertComment(db.db, unlabelled, 'Ghi chú riêng')
    expect(find('ghi chu rieng').groups[0]!.hits[0]!.paragraphLabel).toBe('9')

    const quoteHits = find({ text: 'quoc phong', filters: { kinds: ['annotation'] } }).groups[0]!.hits
    expect(quoteHits.map((hit) => hit.field)).toEqual(['annotation'])
    expect(find({ text: 'quoc phong', filters: { color: 'yellow' } }).groups).toEqual([])
    expect(find({ text: 'doi chieu', filters: { author: 'Tuấn' } }).groups).toHaveLength(1)
    expect(find({ text: 'doi chieu', filters: { author: 'Lan' } }).groups).toEqual([])
  })

  it('keeps the index in step with inserts, edits and deletes, inside the writer’s transaction', () => {
    const { documentId, revisionId } = insertDocument(db.db, 'Draft', ['Bản nháp về đường sắt.'])
    expect(find('duong sat').groups).toHaveLength(1)

    insertRevision(db.db, documentId, 2, ['Bản sửa về cảng biển.'])
    expect(find('duong sat').groups).toEqual([])
    expect(find('cang bien').groups).toHaveLength(1)

    db.db.prepare(`UPDATE documents SET title = 'Bản cuối' WHERE id = ?`).run(documentId)
    expect(find('ban cuoi').groups[0]?.hits[0]?.field).toBe('title')

    const rolledBack = db.db.transaction(() => {
      insertDocument(db.db, 'Never stored', ['Thủy điện Hòa Bình.'])
      throw new Error('abandoned')
    })
    expect(() => rolledBack()).toThrow('abandoned')
    expect(find('thuy dien').groups).toEqual([])

    const tagged = insertAnnotation(db.db, revisionId, 0, 3)
    const tagId = tagAnnotation(db.db, tagged, 'Kinh tế')
    expect(find('kinh te').groups).toHaveLength(1)
    db.db.prepare(`UPDATE tags SET name = 'Ngoại giao' WHERE id = ?`).run(tagId)
    expect(find('kinh te').groups).toEqual([])
    expect(find('ngoai giao').groups).toHaveLength(1)

    db.db.prepare(`DELETE FROM documents WHERE id = ?`).run(documentId)
    expect(find('cang bien').groups).toEqual([])
    expect(db.db.prepare(`SELECT count(*) AS n FROM search_entries`).get()).toEqual({ n: 0 })
    expect(db.db.prepare(`SELECT count(*) AS n FROM search_index_docsize`).get()).toEqual({ n: 0 })
  })

  it('answers a very common word at once with the newest matches, saying the list is partial', () => {
    insertDocument(
      db.db,
      'Long',
      Array.from({ length: 400 }, (_, index) => `${index + 1}. Hai bên và các đối tác.`),
    )
    const result = find('va')
    expect(result).toMatchObject({ status: 'ok', ranking: 'newest', truncated: true })
    expect(result.groups[0]?.hits[0]?.paragraphLabel).toBe('400')
    expect(find('"doi tac" 17')).toMatchObject({ ranking: 'relevance', groups: [{ hits: [{ paragraphLabel: '17' }] }] })
  })

  it('hides documents in the trash', () => {
    const { documentId } = insertDocument(db.db, 'Trashed', ['Đường sắt Bắc Nam.'])
    db.db.prepare(`UPDATE documents SET deleted_at = ? WHERE id = ?`).run(new Date().toISOString(), documentId)
    expect(find('duong sat').groups).toEqual([])
  })

  it('rebuilds a dropped index at start, with a notice, and finds everything again', () => {
    insertDocument(db.db, 'Joint statement', statement)
    expect(search.ensureIndex()).toBeNull()
    db.db.exec(`DROP TABLE search_index`)
    expect(search.ensureIndex()).toEqual({ code: 'search.indexRebuilt', params: { reason: 'missing' } })
    expect(find('duong sat').groups).toHaveLength(1)
    insertDocument(db.db, 'Later', ['Cảng biển Hải Phòng.'])
    expect(find('hai phong').groups).toHaveLength(1)

    db.db.exec(`DELETE FROM search_index`)
    expect(search.ensureIndex()).toEqual({ code: 'search.indexRebuilt', params: { reason: 'damaged' } })
    expect(find('hai phong').groups).toHaveLength(1)
  })

  it('lists every passage with a tag across documents, with its thread', () => {
    const first = insertDocument(db.db, 'A statement', statement)
    const second = insertDocument(db.db, 'B report', ['5. Hai bên ký kết thỏa thuận về năng lượng.'])
    const one = insertAnnotation(db.db, first.revisionId, 0, 10, { paragraphLabel: null })
    const two = insertAnnotation(db.db, second.revisionId, 3, 20, { paragraphLabel: '5' })
    const tagId = tagAnnotation(db.db, one, 'exam')
    tagAnnotation(db.db, two, 'exam')
    insertComment(db.db, two, 'Câu hỏi ôn tập')
    const collection = search.tagCollection(tagId)
    expect(collection.tag.name).toBe('exam')
    expect(collection.passages.map((passage) => [passage.documentTitle, passage.paragraphLabel])).toEqual([
      ['A statement', null],
      ['B report', '5'],
    ])
    expect(collection.passages[1]?.comments).toEqual([{ author: 'Minh', body: 'Câu hỏi ôn tập', isReply: false }])
    expect(search.facets().tags).toMatchObject([{ name: 'exam', count: 2 }])
  })
})
