import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { maxQuoteLength } from '../../src-main/common/anchoring/limits'
import { composeParts, type Parts } from '../support/annotationParts'
import { addRevision, seedDocument } from '../support/seedDocument'

const paragraph = '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí.'

let parts: Parts
beforeEach(() => {
  parts = composeParts()
})
afterEach(() => parts.db.remove())

describe('one annotation cannot make its document slow to open', () => {
  it('refuses a highlight longer than the limit, saying so, and stores nothing', () => {
    const paragraphs = Array.from({ length: Math.ceil(maxQuoteLength / paragraph.length) + 2 }, () => paragraph)
    const { documentId } = seedDocument(parts.db.db, paragraphs)
    const everything = paragraphs.join('\n').length
    expect(() => parts.annotations.create({ documentId, start: 0, end: everything, color: 'yellow' })).toThrow(
      expect.objectContaining({ code: 'annotations.quoteTooLong' }),
    )
    expect(parts.annotations.list(documentId)).toEqual([])
    expect(parts.annotations.create({ documentId, start: 0, end: 2_000, color: 'yellow' }).target.exact).toHaveLength(
      2_000,
    )
  })

  it('searches for a lost long passage once per draft: later opens use the stored answer', () => {
    const long = Array.from({ length: 150 }, (_, index) => `Khoản ${index} của phụ lục đã bị xoá.`).join(' ')
    const { documentId } = seedDocument(parts.db.db, [paragraph, long])
    const lost = parts.annotations.create({
      documentId,
      start: paragraph.length + 1,
      end: paragraph.length + 1 + long.length,
      color: 'pink',
    })
    addRevision(parts.db.db, documentId, [paragraph, 'Phụ lục được thay bằng một câu ngắn.'])
    let started = performance.now()
    expect(parts.annotations.list(documentId)[0]).toMatchObject({ id: lost.id, anchorStatus: 'orphaned' })
    expect(performance.now() - started).toBeLessThan(5_000)
    started = performance.now()
    for (let open = 0; open < 20; open++) parts.annotations.list(documentId)
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
