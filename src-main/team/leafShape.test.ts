import { describe, expect, it } from 'vitest'
import { leafProblem } from './leafShape'

const good = {
  id: 'a:0f8fad5b-d9cb-469f-a165-70867728950e',
  rev: '2-9b1c',
  deleted: false,
  history: { start: 2, ids: ['9b1c', '11aa'] },
  body: { type: 'annotation' },
}

describe('the shape of a leaf in a .marginalia file', () => {
  it('accepts a leaf whose revision id its history agrees with', () => {
    expect(leafProblem(good)).toBeNull()
    expect(leafProblem({ ...good, deleted: true, body: {} })).toBeNull()
  })

  it.each([
    ['not an object', 'leaf'],
    ['an array', [good]],
    ['an extra field', { ...good, extra: 1 }],
    ['a missing field', { id: good.id, rev: good.rev, deleted: false, history: good.history }],
    ['an id that is not a string', { ...good, id: 7 }],
    ['an id too long', { ...good, id: `a:${'x'.repeat(300)}` }],
    ['a revision id of another form', { ...good, rev: '0-9b1c' }],
    ['a deletion flag that is not a boolean', { ...good, deleted: 'no' }],
    ['a body that is not an object', { ...good, body: ['type'] }],
    ['a history with an extra field', { ...good, history: { ...good.history, more: true } }],
    ['a history starting below 1', { ...good, rev: '0-9b1c', history: { start: 0, ids: ['9b1c'] } }],
    ['a history with no ids', { ...good, history: { start: 2, ids: [] } }],
    ['a history id that is not hexadecimal', { ...good, history: { start: 2, ids: ['9b1c', 'zz'] } }],
    ['a revision its history disagrees with', { ...good, rev: '3-9b1c' }],
  ])('refuses %s', (_, leaf) => {
    expect(leafProblem(leaf)).toEqual(expect.any(String))
  })
})
