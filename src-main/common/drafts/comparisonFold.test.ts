import { describe, expect, it } from 'vitest'
import { foldForComparison } from './comparisonFold'

describe('text folded the way people read it', () => {
  it('treats both Vietnamese tone placements as the same word', () => {
    expect(foldForComparison('hòa bình')).toBe(foldForComparison('hoà bình'))
    expect(foldForComparison('thủy điện')).toBe(foldForComparison('thuỷ điện'))
    expect(foldForComparison('khỏe')).toBe(foldForComparison('khoẻ'))
  })

  it('treats NFD and NFC as the same text', () => {
    const text = 'Đối tác Chiến lược toàn diện'
    expect(foldForComparison(text.normalize('NFD'))).toBe(foldForComparison(text))
  })

  it('folds white space and quote styles', () => {
    expect(foldForComparison('“Hai bên”  nhất\u00a0trí')).toBe(foldForComparison('"Hai bên" nhất trí'))
    expect(foldForComparison('«Россия»')).toBe(foldForComparison('"Россия"'))
    expect(foldForComparison('it’s')).toBe(foldForComparison("it's"))
  })

  it('keeps different words different', () => {
    expect(foldForComparison('hòa')).not.toBe(foldForComparison('hoa'))
    expect(foldForComparison('hòa')).not.toBe(foldForComparison('hóa'))
    expect(foldForComparison('cân bằng')).not.toBe(foldForComparison('hài hòa'))
    expect(foldForComparison('Стороны')).not.toBe(foldForComparison('стороны'))
  })
})
