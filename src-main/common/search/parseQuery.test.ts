import { describe, expect, it } from 'vitest'
import { toFtsQuery } from './ftsQuery'
import { parseQuery } from './parseQuery'

describe('parseQuery', () => {
  it('ANDs words, keeps phrases and prefixes, folds the way the index does', () => {
    const parsed = parseQuery('"Hợp tác" năng lư* Đường')
    expect(parsed).toMatchObject({
      status: 'ok',
      groups: [
        [{ tokens: ['hop', 'tac'], prefix: false }],
        [{ tokens: ['nang'], prefix: false }],
        [{ tokens: ['lu'], prefix: true }],
        [{ tokens: ['duong'], prefix: false }],
      ],
    })
  })

  it('reads OR between terms and exclusions with - or NOT', () => {
    const parsed = parseQuery('nga OR "việt nam" -mỹ NOT trung')
    expect(parsed).toMatchObject({
      status: 'ok',
      groups: [[{ tokens: ['nga'] }, { tokens: ['viet', 'nam'] }]],
      exclusions: [{ tokens: ['my'] }, { tokens: ['trung'] }],
    })
    if (parsed.status !== 'ok') throw new Error('expected a query')
    expect(toFtsQuery(parsed)).toBe('folded : ((("nga" OR "viet nam")) NOT ("my" OR "trung"))')
  })

  it('reads a one-letter prefix as a word, so it cannot walk the whole index', () => {
    expect(parseQuery('a*')).toMatchObject({ groups: [[{ tokens: ['a'], prefix: false }]] })
  })

  it('keeps marks in match-diacritics mode', () => {
    const parsed = parseQuery('Đường', 'exact')
    if (parsed.status !== 'ok') throw new Error('expected a query')
    expect(toFtsQuery(parsed)).toBe('exact : (("đường"))')
  })

  it('says so when there is nothing to look for', () => {
    expect(parseQuery('   ').status).toBe('empty')
    expect(parseQuery('* ( ) - AND OR "').status).toBe('empty')
    expect(parseQuery('-secret NOT draft').status).toBe('onlyExclusions')
  })

  it.each([
    '"',
    '*',
    '(',
    ')',
    'NEAR',
    'NEAR(a b, 2)',
    '-',
    'AND OR',
    '"unbalanced phrase',
    'a "b" "c',
    'col:umn',
    "'; DROP TABLE documents; --",
    '{folded exact}: x',
    '^start',
    'x'.repeat(5000),
    'từ '.repeat(400),
  ])('turns hostile input %# into FTS5 text made only of quoted tokens', (input) => {
    const parsed = parseQuery(input)
    if (parsed.status !== 'ok') return
    const fts = toFtsQuery(parsed)
    const outsideQuotes = fts.replace(/"(?:[^"]|"")*"/g, '')
    expect(outsideQuotes).toMatch(/^folded : [()\sA-Z*]*$/)
    expect(parsed.groups.flat().length + parsed.exclusions.length).toBeLessThanOrEqual(32)
  })
})
