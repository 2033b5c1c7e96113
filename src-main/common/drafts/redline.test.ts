import { describe, expect, it } from 'vitest'
import { changedSinceDraft, redline } from './redline'

describe('the redline of a changed passage', () => {
  it('marks deleted and inserted words, keeping the rest', () => {
    expect(redline('thúc đẩy mạnh mẽ đầu tư', 'khuyến khích mạnh mẽ đầu tư')).toEqual([
      { op: 'delete', text: 'thúc đẩy' },
      { op: 'insert', text: 'khuyến khích' },
      { op: 'equal', text: ' mạnh mẽ đầu tư' },
    ])
    expect(redline('duy trì [cân bằng][hài hòa] lợi ích', 'duy trì hài hòa lợi ích')).toEqual([
      { op: 'equal', text: 'duy trì ' },
      { op: 'delete', text: '[cân bằng][hài hòa]' },
      { op: 'insert', text: 'hài hòa' },
      { op: 'equal', text: ' lợi ích' },
    ])
  })

  it('lists a passage as changed since draft N only when it changed in N+1 or later', () => {
    const carried = { class: 'reworded', fromDraft: 2, previousExact: 'cũ', changedSince: { draft: 2, exact: 'cũ' } }
    expect(changedSinceDraft(carried, 2)).toBe('cũ')
    expect(changedSinceDraft(carried, 3)).toBeNull()
    expect(changedSinceDraft({ ...carried, class: 'exact', changedSince: null }, 1)).toBeNull()
    expect(changedSinceDraft(null, 1)).toBeNull()
  })
})
