import { describe, expect, it } from 'vitest'
import { missingRevisions } from './pullTarget'

describe('revs_diff answered from the stored revision trees', () => {
  const stored = [
    { recordId: 'a:1', history: { start: 3, ids: ['c', 'b', 'a'] } },
    { recordId: 'a:1', history: { start: 2, ids: ['x', 'a'] } },
  ]

  it('knows every revision on a stored branch, leaves and ancestors alike', () => {
    expect(missingRevisions({ 'a:1': ['3-c', '2-b', '1-a', '2-x'] }, stored)).toEqual({})
  })

  it('asks for a revision on no stored branch, and for every revision of a record not stored', () => {
    expect(missingRevisions({ 'a:1': ['4-d', '3-c'], 'a:2': ['1-a'] }, stored)).toEqual({
      'a:1': { missing: ['4-d'] },
      'a:2': { missing: ['1-a'] },
    })
  })

  it('does not take a revision id for a known one at another generation', () => {
    expect(missingRevisions({ 'a:1': ['2-c'] }, stored)).toEqual({ 'a:1': { missing: ['2-c'] } })
  })
})
