import { describe, expect, it } from 'vitest'
import { annotation } from './annotationFixture.testData'
import { filterAnnotations, foldForSearch, noFilter, prepareSearch } from './annotationFilters'

const list = [
  annotation('1', { target: { start: 0, end: 5, exact: 'năng lượng hạt nhân', prefix: '', suffix: '' } }),
  annotation('2', { color: 'green', author: 'Bình', tags: [{ id: 't', name: 'Điều ước', color: null }] }),
  annotation('3', {
    color: 'green',
    resolvedAt: '2026-01-01',
    comments: [
      {
        id: 'c',
        annotationId: '3',
        parentId: null,
        author: 'An',
        body: 'Cần **xem lại**',
        createdAt: '',
        updatedAt: '',
      },
    ],
  }),
]

describe('the panel filters', () => {
  it('with nothing chosen show every annotation in order and count each choice as choosing it would', () => {
    const { shown, counts } = filterAnnotations(list, { ...noFilter, text: '  ' })
    expect(shown.map((a) => a.id)).toEqual(['1', '2', '3'])
    // Each count is what the list shows once that choice is made.
    expect(counts.colors.get('green')).toBe(filterAnnotations(list, { ...noFilter, color: 'green' }).shown.length)
    expect(counts.resolved).toBe(filterAnnotations(list, { ...noFilter, status: 'resolved' }).shown.length)
    expect(counts.tags.get('t')?.count).toBe(filterAnnotations(list, { ...noFilter, tagId: 't' }).shown.length)
    expect(counts.withComment).toBe(filterAnnotations(list, { ...noFilter, hasComment: true }).shown.length)
    // The panel's list, not the store's: changing one never changes the other.
    expect(shown).not.toBe(list)
  })

  it('finds Vietnamese text typed without diacritics', () => {
    expect(foldForSearch('Điều ước NĂNG')).toBe('dieu uoc nang')
    expect(filterAnnotations(list, { ...noFilter, text: 'nang luong' }).shown.map((a) => a.id)).toEqual(['1'])
    expect(filterAnnotations(list, { ...noFilter, text: 'dieu' }).shown.map((a) => a.id)).toEqual(['2'])
    expect(filterAnnotations(list, { ...noFilter, text: 'xem lai' }).shown.map((a) => a.id)).toEqual(['3'])
  })

  it('combines colour, status and comment filters and counts each choice given the others', () => {
    const { shown, counts } = filterAnnotations(list, { ...noFilter, color: 'green', status: 'open' })
    expect(shown.map((a) => a.id)).toEqual(['2'])
    expect(counts.colors.get('yellow')).toBe(1)
    expect(counts.colors.get('green')).toBe(1)
    expect(counts.open).toBe(1)
    expect(counts.resolved).toBe(1)
    expect(counts.authors.get('Bình')).toBe(1)
  })

  it('finds the same cards whether their text was folded ahead (all at once) or at the first search', () => {
    const make = () =>
      Array.from({ length: 300 }, (_, index) =>
        annotation(String(index), {
          target: {
            start: index,
            end: index + 1,
            exact: index % 3 ? 'Điều ước' : 'ĐIỀU khoản',
            prefix: '',
            suffix: '',
          },
          tags: index % 5 ? [] : [{ id: 't', name: 'Năng lượng/Hạt nhân', color: null }],
        }),
      )
    const ahead = make()
    prepareSearch(ahead)
    for (const text of ['dieu uoc', 'dieu khoan', 'hat nhan', 'nang']) {
      const ids = (list: typeof ahead) => filterAnnotations(list, { ...noFilter, text }).shown.map((a) => a.id)
      expect(ids(ahead)).toEqual(ids(make()))
      expect(ids(ahead).length).toBeGreaterThan(0)
    }
  })
})
