import { describe, expect, it } from 'vitest'
import { sameContent } from './records'

describe('whether two bodies say the same thing', () => {
  const body = { type: 'annotation', color: 'yellow', exact: 'Điều 1', marks: [{ start: 0, end: 2 }], by: 'a' }

  it('sets aside who wrote a revision and when, and the order of fields', () => {
    const again = { by: 'b', byName: 'Olga', updatedAt: 'later', marks: [{ end: 2, start: 0 }], exact: 'Điều 1' }
    expect(sameContent(body, { ...again, color: 'yellow', type: 'annotation' })).toBe(true)
  })

  it('tells apart a changed field, a changed nested field, a missing field and a field set to nothing', () => {
    expect(sameContent(body, { ...body, color: 'green' })).toBe(false)
    expect(sameContent(body, { ...body, marks: [{ start: 0, end: 3 }] })).toBe(false)
    const { exact: _exact, ...without } = body
    expect(sameContent(body, without)).toBe(false)
    expect(sameContent({ ...body, note: null }, body)).toBe(false)
    expect(sameContent({ ...body, note: undefined }, body)).toBe(true)
  })
})
