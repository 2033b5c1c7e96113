import { describe, expect, it } from 'vitest'
import { schemaProblem } from './records'
import { surelyValidBody } from './recordShape'

const annotationId = 'a:0f8fad5b-d9cb-469f-a165-70867728950e'
const signature = { by: '5b0c1e7a-3d2f-4c1a-9e8b-2a6d4f1c0b9e', byName: 'Olga' }

/** One well-formed body of each kind a file carries by the thousand, under a record id of that kind. */
const valid: [string, boolean, Record<string, unknown>][] = [
  [
    annotationId,
    false,
    {
      type: 'annotation',
      draft: 'ab'.repeat(32),
      color: 'yellow',
      start: 4,
      end: 16,
      exact: 'Các Bên hợp tác',
      prefix: 'Điều 1. ',
      suffix: '',
      paragraphLabel: 'Điều 1',
      author: 'Lan',
      authorId: 'lan-id',
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
      resolvedAt: null,
      ...signature,
    },
  ],
  [
    'c:7c9e6679-7425-40de-944b-e07fc1f90ae7',
    false,
    {
      type: 'comment',
      annotation: annotationId.slice(2),
      parent: null,
      author: 'Lan',
      authorId: 'lan-id',
      body: 'Cần nêu tại cuộc họp',
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
      ...signature,
    },
  ],
  [
    `t:${annotationId.slice(2)}:urgent`,
    false,
    { type: 'tag', annotation: annotationId.slice(2), name: 'Urgent', ...signature },
  ],
  [
    `d:${'cd'.repeat(32)}`,
    false,
    {
      type: 'draft',
      document: 'cd'.repeat(32),
      title: 'Hiệp định',
      number: 2,
      blocks: [
        { kind: 'heading', text: 'Điều 1', level: 2 },
        { kind: 'paragraph', text: 'Các Bên hợp tác', marks: [{ start: 0, end: 3, bold: true, italic: false }] },
      ],
      ...signature,
    },
  ],
  [annotationId, true, { ...signature }],
  [annotationId, true, { ...signature, resolution: true }],
]

/** Values that break some field of some schema: wrong types, lengths past each limit, odd numbers and ids. */
const oddValues: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 60,
  Number.NaN,
  '',
  'x',
  'x'.repeat(41),
  'x'.repeat(201),
  'x'.repeat(2001),
  'x'.repeat(20_001),
  'x'.repeat(100_001),
  'AB'.repeat(32),
  '0F8FAD5B-D9CB-469F-A165-70867728950E',
  '0f8fad5b-d9cb-069f-a165-70867728950e',
  'ultraviolet',
  {},
  [],
]

/** Every body one change away from a valid one: a field dropped, set to an odd value, or one added. */
function mutations(body: Record<string, unknown>): Record<string, unknown>[] {
  const changed: Record<string, unknown>[] = [
    { ...body, extra: 1 },
    { ...body, end: 1 },
  ]
  for (const key of [...Object.keys(body), 'resolution']) {
    const { [key]: _dropped, ...without } = body
    changed.push(without)
    for (const value of oddValues) changed.push({ ...body, [key]: value })
  }
  return changed
}

describe('the quick check of record bodies', () => {
  it.each(valid)('says yes to a well-formed body under %s (deleted: %s), as its schema does', (id, deleted, body) => {
    expect(schemaProblem(id, deleted, body)).toBeNull()
    expect(surelyValidBody(id, deleted, body)).toBe(true)
  })

  it('never says yes to a body its schema refuses', () => {
    let refused = 0
    for (const [id, deleted, body] of valid) {
      for (const candidate of mutations(body)) {
        const problem = schemaProblem(id, deleted, candidate)
        if (problem) refused++
        if (surelyValidBody(id, deleted, candidate)) expect({ id, candidate, problem }).toMatchObject({ problem: null })
      }
    }
    expect(refused).toBeGreaterThan(500)
  })

  it('never says yes to a draft whose block or mark its schema refuses', () => {
    const [id, , draft] = valid[3]!
    const paragraph = { kind: 'paragraph', text: 'Các Bên', marks: [{ start: 0, end: 3, bold: true }] }
    const candidates = [
      ...mutations(paragraph).map((changed) => [changed]),
      ...mutations(paragraph.marks[0]!).map((changed) => [{ ...paragraph, marks: [changed] }]),
      [{ ...paragraph, marks: 'bold' }],
      'blocks',
    ]
    let refused = 0
    for (const blocks of candidates) {
      const candidate = { ...draft, blocks }
      const problem = schemaProblem(id, false, candidate)
      if (problem) refused++
      if (surelyValidBody(id, false, candidate)) expect({ blocks, problem }).toMatchObject({ problem: null })
    }
    expect(refused).toBeGreaterThan(100)
  })

  it('leaves bodies of the wrong kind to the schema', () => {
    expect(surelyValidBody(`d:${'ab'.repeat(32)}`, false, { type: 'draft' })).toBe(false)
    expect(surelyValidBody(annotationId, false, valid[1]![2])).toBe(false)
    expect(surelyValidBody(annotationId, false, ['annotation'])).toBe(false)
  })
})
