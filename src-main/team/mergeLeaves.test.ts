import { describe, expect, it } from 'vitest'
import { mergeLeaves } from './mergeLeaves'
import { Replica, type Leaf, type RecordState } from './replica'

const leaf = (id: string, rev: string, ids: string[], body: Record<string, unknown>, deleted = false): Leaf => ({
  id,
  rev,
  deleted,
  history: { start: Number(rev.split('-')[0]), ids },
  body,
})

/** What PouchDB makes of the same leaves merged into a replica holding `stored`. */
async function throughPouch(stored: Leaf[], incoming: Leaf[]): Promise<Map<string, RecordState>> {
  const replica = await Replica.open(stored)
  try {
    await replica.merge(incoming)
    return await replica.states(incoming.map((each) => each.id))
  } finally {
    await replica.close()
  }
}

const sorted = (states: Map<string, RecordState>) =>
  [...states.values()]
    .map((state) => ({ ...state, leaves: [...state.leaves].sort((a, b) => (a.rev < b.rev ? -1 : 1)) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1))

describe('merging arriving leaves', () => {
  it('gives what PouchDB gives: new records, a deletion, a conflict, and an edit of a stored record', async () => {
    const stored = [leaf('a:1', '1-aa', ['aa'], { color: 'yellow' })]
    const incoming = [
      leaf('a:1', '2-bb', ['bb', 'aa'], { color: 'green' }),
      leaf('a:2', '1-cc', ['cc'], { color: 'pink' }),
      leaf('a:3', '2-dd', ['dd', 'ee'], { by: 'x' }, true),
      leaf('a:4', '2-ff', ['ff', 'gg'], { color: 'blue' }),
      leaf('a:4', '2-hh', ['hh', 'gg'], { color: 'red' }),
    ]
    expect(sorted(await mergeLeaves(stored, incoming))).toEqual(sorted(await throughPouch(stored, incoming)))
  })

  it('leaves out a record whose arriving revisions it already has, which PouchDB leaves as it was', async () => {
    const stored = [
      leaf('a:1', '2-bb', ['bb', 'aa'], { color: 'green' }),
      leaf('a:1', '2-cc', ['cc', 'aa'], { color: 'pink' }),
      leaf('a:2', '1-dd', ['dd'], { color: 'blue' }),
    ]
    const incoming = [
      leaf('a:1', '2-bb', ['bb', 'aa'], { color: 'green' }),
      leaf('a:1', '1-aa', ['aa'], { color: 'yellow' }),
      leaf('a:2', '2-ee', ['ee', 'dd'], { color: 'red' }),
    ]
    const merged = await mergeLeaves(stored, incoming)
    expect([...merged.keys()]).toEqual(['a:2'])
    const pouch = await throughPouch(stored, incoming)
    expect(sorted(new Map([['a:2', pouch.get('a:2')!]]))).toEqual(sorted(merged))
    // What PouchDB makes of record a:1 with those revisions merged is what it held before.
    const before = (await throughPouch(stored, stored)).get('a:1')!
    expect(sorted(new Map([['a:1', pouch.get('a:1')!]]))).toEqual(sorted(new Map([['a:1', before]])))
  })
})
