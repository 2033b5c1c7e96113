import { describe, expect, it } from 'vitest'
import type { AnnotationConflict } from '@common/model/team'
import { annotation } from './annotationFixture.testData'
import { filterAnnotations, noFilter } from './annotationFilters'
import { authorHue, authorKey } from './authorColor'

const conflict: AnnotationConflict = {
  versions: [
    {
      rev: '2-a',
      deleted: false,
      by: 'Lan',
      color: 'green',
      exact: 'x',
      resolvedAt: null,
      updatedAt: '',
      winner: true,
    },
    {
      rev: '2-b',
      deleted: false,
      by: 'Olga',
      color: 'pink',
      exact: 'x',
      resolvedAt: null,
      updatedAt: '',
      winner: false,
    },
  ],
}
const lanId = '6f1c1d1e-1111-4a4a-8b8b-000000000001'
const list = [
  annotation('mine', { author: 'Minh' }),
  annotation('lan-new', { author: 'Lan', authorId: lanId, arrivedAt: '2026-05-10T09:00:00.000Z' }),
  annotation('lan-conflict', {
    author: 'Lan',
    authorId: lanId,
    color: 'green',
    conflict,
    arrivedAt: '2026-05-10T09:00:00.000Z',
  }),
  annotation('lan-old', { author: 'Lan', authorId: lanId, color: 'green', conflict }),
]
const ids = (filter: Partial<typeof noFilter>) =>
  filterAnnotations(list, { ...noFilter, ...filter }).shown.map((each) => each.id)

describe('the team filters', () => {
  it('shows only annotations in conflict, and only what the last merge brought', () => {
    expect(ids({ conflicts: true })).toEqual(['lan-conflict', 'lan-old'])
    expect(ids({ arrived: true })).toEqual(['lan-new', 'lan-conflict'])
    expect(ids({ arrived: true, conflicts: true })).toEqual(['lan-conflict'])
    expect(ids({ arrived: true, color: 'yellow' })).toEqual(['lan-new'])
  })

  it('counts each team choice given the other filters, and each one as if it alone were changed', () => {
    const { counts } = filterAnnotations(list, { ...noFilter, arrived: true })
    expect(counts.arrived).toBe(2)
    expect(counts.conflicts).toBe(1)
    expect(counts.authors.get('Lan')).toBe(2)
    expect(counts.authors.has('Minh')).toBe(false)
    expect(counts.colors.get('green')).toBe(1)
    const all = filterAnnotations(list, noFilter).counts
    expect(all.conflicts).toBe(2)
    expect(all.arrived).toBe(2)
    expect(all.authorIds.get('Lan')).toBe(lanId)
    expect(all.authorIds.get('Minh')).toBeNull()
    // With the conflicts filter on, "new since my last sync" counts what it would show with it: one.
    expect(filterAnnotations(list, { ...noFilter, conflicts: true }).counts.arrived).toBe(1)
  })

  it('keeps every existing count equal to filtering by that choice', () => {
    const filter = { ...noFilter, color: 'green' as const, arrived: true }
    const { counts } = filterAnnotations(list, filter)
    for (const [author, count] of counts.authors) {
      expect(filterAnnotations(list, { ...filter, author }).shown).toHaveLength(count)
    }
    expect(filterAnnotations(list, { ...filter, conflicts: true }).shown).toHaveLength(counts.conflicts)
  })
})

describe('each author’s colour', () => {
  it('is the same for the same author id every time and differs between colleagues', () => {
    expect(authorHue(lanId)).toBe(authorHue(`${lanId}`))
    const hues = new Set(Array.from({ length: 12 }, (_, index) => authorHue(`colleague-${index}`)))
    expect(hues.size).toBeGreaterThan(6)
    for (const hue of hues) expect(hue).toBeGreaterThanOrEqual(0)
  })

  it('treats a name with no author id, or with this library’s own id, as the user’s own', () => {
    expect(authorKey(undefined, 'me')).toBe('')
    expect(authorKey('me', 'me')).toBe('')
    expect(authorKey(lanId, 'me')).toBe(lanId)
  })
})
