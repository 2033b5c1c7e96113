import { describe, expect, it } from 'vitest'
import { anchorTarget } from './anchor'
import { describeRange } from './describe'

const paragraph8 =
  '8. Hai bên nhấn mạnh cần tận dụng tối đa các tiềm năng và cơ hội để đẩy mạnh hợp tác kinh tế - thương mại.'
const paragraph9 =
  '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí, cũng như bảo đảm an ninh năng lượng.'
const paragraph10 =
  '10. Việt Nam và LB Nga thống nhất tăng cường hợp tác chặt chẽ và hiệu quả trên các lĩnh vực công nghiệp.'
const original = [paragraph8, paragraph9, paragraph10].join('\n')

function targetOf(text: string, quote: string) {
  const start = text.indexOf(quote)
  const target = describeRange(text, start, start + quote.length)
  if (!target) throw new Error('no target')
  return target
}

describe('anchorTarget', () => {
  const quote = 'năng lượng và công nghiệp dầu khí'
  const target = targetOf(original, quote)

  it('finds an unchanged passage at its stored position', () => {
    expect(anchorTarget(original, target)).toMatchObject({ start: target.start, end: target.end, method: 'position' })
  })

  it('follows a passage that moved because text was inserted before it', () => {
    const moved = 'Lời mở đầu mới được thêm vào bản dự thảo.\n' + original
    const anchor = anchorTarget(moved, target)
    expect(anchor?.method).toBe('quote')
    expect(moved.slice(anchor!.start, anchor!.end)).toBe(quote)
  })

  it('picks the copy of a duplicated quote whose context matches', () => {
    const first = original.indexOf('tăng cường hợp tác')
    const second = original.indexOf('tăng cường hợp tác', first + 1)
    const inTen = describeRange(original, second, second + 'tăng cường hợp tác'.length)!
    const shifted = 'X'.repeat(5) + original
    const anchor = anchorTarget(shifted, inTen)
    expect(anchor?.start).toBe(second + 5)
  })

  it('finds a reworded passage, scoring it below an exact match', () => {
    const reworded = original.replace('công nghiệp dầu khí', 'công nghiệp dầu mỏ')
    const anchor = anchorTarget(reworded, target)
    expect(anchor?.method).toBe('fuzzy')
    expect(reworded.slice(anchor!.start, anchor!.end)).toContain('năng lượng và công nghiệp dầu')
    const exactMove = anchorTarget('Thêm.\n' + original, target)!
    expect(anchor!.score).toBeLessThan(exactMove.score)
  })

  it('scores a lightly reworded passage above a heavily reworded one', () => {
    const light = original.replace('dầu khí', 'dầu mỏ')
    const heavy = original.replace('năng lượng và công nghiệp dầu khí', 'năng lượng, công nghiệp than và dầu mỏ')
    const lightAnchor = anchorTarget(light, target)
    const heavyAnchor = anchorTarget(heavy, target, { minScore: 0, minQuoteSimilarity: 0 })
    expect(lightAnchor).not.toBeNull()
    expect(heavyAnchor).not.toBeNull()
    expect(lightAnchor!.score).toBeGreaterThan(heavyAnchor!.score)
  })

  it('reports a removed passage as needing attention instead of guessing', () => {
    const removed = [paragraph8, paragraph10].join('\n')
    expect(anchorTarget(removed, target)).toBeNull()
  })

  it('does not move a short quote to another copy with unrelated context', () => {
    const short = targetOf(original, 'Hai bên nhất trí')
    const rewritten =
      original.replace('Hai bên nhất trí', 'Các nước thành viên đồng ý') + '\nCuối cùng, Hai bên nhất trí ký kết.'
    expect(anchorTarget(rewritten, short)).toBeNull()
  })

  it('finds a passage whose paragraph was renumbered and moved to the end', () => {
    const reordered = [paragraph8, paragraph10, paragraph9.replace('9.', '11.')].join('\n')
    const anchor = anchorTarget(reordered, target)
    expect(reordered.slice(anchor!.start, anchor!.end)).toBe(quote)
  })
})

describe('describeRange', () => {
  it('keeps about 32 characters of context on each side', () => {
    const target = targetOf(original, 'năng lượng')
    expect(target.prefix.length).toBe(32)
    expect(target.suffix.length).toBe(32)
    expect(original.slice(target.start - 32, target.end + 32)).toBe(target.prefix + target.exact + target.suffix)
  })

  it('never cuts a Vietnamese letter from its combining marks', () => {
    const nfd = 'Hai bên nhất trí'.normalize('NFD')
    // Offsets that fall between "e" and its circumflex and tone mark in "nhất".
    const inside = nfd.indexOf('a', 8) + 1
    const target = describeRange(nfd, 4, inside)!
    // The whole letter "ấ" (a + circumflex + acute) comes along, never a bare "a".
    expect(target.exact.normalize('NFC')).toBe('bên nhấ')
    const startInside = describeRange(nfd, nfd.indexOf('e') + 1, nfd.length)!
    expect(startInside.exact.normalize('NFC')).toBe('ên nhất trí')
  })

  it('drops whitespace and line breaks at the edges of a selection', () => {
    const start = original.indexOf(paragraph9) - 3
    const target = describeRange(original, start, start + 10)!
    expect(target.exact.startsWith('\n')).toBe(false)
    expect(target.exact.endsWith(' ')).toBe(false)
  })

  it('refuses a selection of only whitespace', () => {
    expect(describeRange('a   b', 1, 4)).toBeNull()
  })
})

describe('anchoring work is bounded', () => {
  /** Pseudo-random words: two seeds give texts that share no long passage. */
  const filler = (seed: number, length: number) => {
    let state = seed
    let out = ''
    while (out.length < length) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
      out += 'abcdefghiklmnopqrstuvxy '[(state >>> 16) % 24]
    }
    return out
  }

  it('gives up on a 16,000-character quote that is not in the text in seconds, not forty', () => {
    const text = filler(1, 60_000)
    const quote = filler(2, 16_000)
    const started = performance.now()
    expect(anchorTarget(text, { start: 100, end: 16_100, exact: quote, prefix: '', suffix: '' })).toBeNull()
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('still follows a long passage that was lightly edited', () => {
    const passage = Array.from({ length: 60 }, (_, index) => `${paragraph9} (${index})`).join(' ')
    const before = `${paragraph8}\n${passage}\n${paragraph10}`
    const target = targetOf(before, passage)
    const edited = passage.replace('(30)', '(ba mươi)').replace('(45)', '(bốn lăm)')
    const after = `Lời mở đầu.\n${paragraph8}\n${edited}\n${paragraph10}`
    const started = performance.now()
    const anchor = anchorTarget(after, target)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(anchor).toMatchObject({ method: 'fuzzy' })
    expect(after.slice(anchor!.start, anchor!.end)).toBe(edited)
  })

  it('ignores context beyond what the app stores, however much a file carries', () => {
    const target = targetOf(original, 'công nghiệp dầu khí')
    const moved = `Mở đầu.\n${original}`
    const padded = {
      ...target,
      prefix: 'x'.repeat(100_000) + target.prefix,
      suffix: target.suffix + 'y'.repeat(100_000),
    }
    const started = performance.now()
    expect(anchorTarget(moved, padded)).toMatchObject({ method: 'quote' })
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
