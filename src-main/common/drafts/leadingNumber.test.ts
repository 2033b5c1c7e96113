import { describe, expect, it } from 'vitest'
import { splitLeadingNumber } from './leadingNumber'
import { wordTokens } from './wordTokens'

describe('leading paragraph numbers', () => {
  it('sets aside the numbers diplomats cite', () => {
    expect(splitLeadingNumber('12. Hai bên nhất trí')).toMatchObject({ number: '12.', body: 'Hai bên nhất trí' })
    expect(splitLeadingNumber('(b) tăng cường')).toMatchObject({ number: '(b)', body: 'tăng cường' })
    expect(splitLeadingNumber('12(b) Đường sắt')).toMatchObject({ number: '12(b)', body: 'Đường sắt' })
    expect(splitLeadingNumber('1.2. Sub')).toMatchObject({ number: '1.2.', body: 'Sub' })
    expect(splitLeadingNumber('Điều 3. Hiệp định')).toMatchObject({ number: 'Điều 3.', body: 'Hiệp định' })
    expect(splitLeadingNumber('Статья 7. Стороны')).toMatchObject({ number: 'Статья 7.', body: 'Стороны' })
  })

  it('leaves years and plain text alone', () => {
    expect(splitLeadingNumber('2025 là năm kỷ niệm').number).toBe('')
    expect(splitLeadingNumber('Hai bên nhất trí').number).toBe('')
  })
})

describe('word tokens', () => {
  it('cover the whole paragraph, with the number and each bracketed alternative as one token', () => {
    const text = '12. Hai bên cam kết [cân bằng][hài hòa] lợi ích.'
    const tokens = wordTokens(text)
    expect(tokens.map((token) => text.slice(token.start, token.end)).join('')).toBe(text)
    expect(tokens.map((token) => text.slice(token.start, token.end))).toContain('[cân bằng]')
    expect(tokens.map((token) => text.slice(token.start, token.end))).toContain('[hài hòa]')
    expect(tokens[0]).toMatchObject({ start: 0, end: 3 })
  })

  it('give both tone placements the same key', () => {
    expect(wordTokens('hòa bình').map((t) => t.key)).toEqual(wordTokens('hoà bình').map((t) => t.key))
  })
})
