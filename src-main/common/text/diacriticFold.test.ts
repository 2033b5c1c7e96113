import { describe, expect, it } from 'vitest'
import { findAll, foldQuery, foldText } from './diacriticFold'

function find(text: string, query: string): string[] {
  return findAll(text, foldText(text), query).map(({ start, end }) => text.slice(start, end))
}

describe('find in document', () => {
  it('finds Vietnamese words typed without diacritics, including đ and Đ', () => {
    const text = 'Phát triển đường sắt tốc độ cao. ĐƯỜNG SẮT Bắc – Nam.'
    expect(find(text, 'duong sat')).toEqual(['đường sắt', 'ĐƯỜNG SẮT'])
    expect(find(text, 'Đường Sắt')).toEqual(['đường sắt', 'ĐƯỜNG SẮT'])
  })

  it('ignores case in Cyrillic and keeps й findable as и', () => {
    expect(find('Российская Федерация и РОССИЙСКАЯ', 'российская')).toEqual(['Российская', 'РОССИЙСКАЯ'])
    expect(find('Мой дом', 'мои')).toEqual(['Мой'])
  })

  it('maps matches back to exact offsets when the text holds combining marks (NFD leftovers)', () => {
    const text = 'Vie\u0323\u0302t Nam'
    expect(find(text, 'viet')).toEqual(['Vie\u0323\u0302t'])
  })

  it('keeps paragraph numbers findable and returns nothing for a blank query', () => {
    const text = '9. Hai bên nhất trí\n12(b) Điều 3'
    expect(find(text, '12(b)')).toEqual(['12(b)'])
    expect(find(text, 'dieu 3')).toEqual(['Điều 3'])
    expect(find(text, '   ')).toEqual([])
  })

  it('folds the query the same way as the text', () => {
    expect(foldQuery('ĐƯỜNG')).toBe('duong')
    expect(foldQuery('Ё')).toBe('е')
  })

  it('handles characters outside the basic plane without shifting offsets', () => {
    const text = '𝐀 đường'
    expect(find(text, 'duong')).toEqual(['đường'])
  })
})

describe('find in document with "Match diacritics"', () => {
  const text = 'Đảng và Nhà nước; bình đẳng, đang, dạng, đáng. ĐẢNG'
  const exact = (query: string) =>
    findAll(text, foldText(text, true), query).map(({ start, end }) => text.slice(start, end))

  it('finds only the word with the marks typed, in any case', () => {
    expect(exact('Đảng')).toEqual(['Đảng', 'ĐẢNG'])
    expect(exact('đẳng')).toEqual(['đẳng'])
  })

  it('leaves today\'s folding when off: "Đảng" also finds đẳng, đang, dạng, đáng', () => {
    expect(find(text, 'Đảng')).toEqual(['Đảng', 'đẳng', 'đang', 'dạng', 'đáng', 'ĐẢNG'])
  })
})
