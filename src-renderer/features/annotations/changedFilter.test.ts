import { describe, expect, it } from 'vitest'
import type { CarryOver } from '@common/model/draft'
import { annotation } from './annotationFixture.testData'
import { filterAnnotations, noFilter } from './annotationFilters'

function carryOver(changedSince: CarryOver['changedSince']): CarryOver {
  return {
    class: changedSince ? 'reworded' : 'exact',
    fromDraft: 2,
    toDraft: 3,
    confidence: 1,
    previousExact: 'năng lượng',
    previousParagraphLabel: '9',
    candidates: [],
    changedSince,
  }
}

const list = [
  annotation('made-on-newest', {}),
  annotation('unchanged', { carryOver: carryOver(null) }),
  annotation('changed-in-3', { carryOver: carryOver({ draft: 2, exact: 'năng lượng hạt nhân' }) }),
  annotation('changed-in-2-resolved', {
    resolvedAt: '2026-01-01',
    carryOver: carryOver({ draft: 1, exact: 'Ủy ban liên Chính phủ' }),
  }),
]

describe('the "changed since draft N" filter', () => {
  it('lists only annotations whose passage changed, resolved ones included', () => {
    const { shown } = filterAnnotations(list, { ...noFilter, changed: true })
    expect(shown.map((each) => each.id)).toEqual(['changed-in-3', 'changed-in-2-resolved'])
  })

  it('counts them and names the earliest draft they changed since, whatever the filter', () => {
    const { counts } = filterAnnotations(list, noFilter)
    expect(counts.changed).toBe(2)
    expect(counts.changedSinceDraft).toBe(1)
  })

  it('combines with the other filters: open threads that changed', () => {
    const { shown, counts } = filterAnnotations(list, { ...noFilter, changed: true, status: 'open' })
    expect(shown.map((each) => each.id)).toEqual(['changed-in-3'])
    expect(counts.open).toBe(1)
  })

  it('shows nothing as changed once every change is acknowledged', () => {
    const acknowledged = list.map((each) =>
      each.carryOver ? { ...each, carryOver: { ...each.carryOver, changedSince: null } } : each,
    )
    expect(filterAnnotations(acknowledged, noFilter).counts.changed).toBe(0)
    expect(filterAnnotations(acknowledged, { ...noFilter, changed: true }).shown).toEqual([])
  })
})
