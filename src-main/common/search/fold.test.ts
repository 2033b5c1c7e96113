import { describe, expect, it } from 'vitest'
import { foldText, foldWithOffsets, hasDiacritics, originalRange } from './fold'
import { russianWords, vietnameseWords } from './wordLists.testData'

function mixedCase(word: string): string {
  return [...word].map((char, index) => (index % 2 ? char.toUpperCase() : char.toLowerCase())).join('')
}

describe('loose folding', () => {
  it.each([...vietnameseWords, ...russianWords])(
    'folds %s, its NFD form, its mixed case and its plain form alike',
    (word, plain) => {
      const folded = foldText(word)
      expect(folded).toBe(plain)
      expect(foldText(word.normalize('NFD'))).toBe(folded)
      expect(foldText(mixedCase(word))).toBe(folded)
      expect(foldText(mixedCase(word).normalize('NFD'))).toBe(folded)
      expect(foldText(plain.toUpperCase())).toBe(folded)
    },
  )

  it('keeps й a letter of its own while ё becomes е', () => {
    expect(foldText('Йошкар-Ола ёж')).toBe('йошкар-ола еж')
    expect(foldText('Йошкар'.normalize('NFD'))).toBe('йошкар')
  })
})

describe('exact folding (match diacritics)', () => {
  it('ignores case and normalisation form but keeps every mark', () => {
    expect(foldText('ĐƯỜNG'.normalize('NFD'), 'exact')).toBe('đường')
    expect(foldText('hợp', 'exact')).not.toBe(foldText('hop', 'exact'))
    expect(foldText('Ёлка', 'exact')).toBe('ёлка')
  })

  it('tells which queries carry diacritics', () => {
    expect(hasDiacritics('duong sat')).toBe(false)
    expect(hasDiacritics('đường')).toBe(true)
    expect(hasDiacritics('Ёлка')).toBe(true)
  })
})

describe('offset map', () => {
  it('agrees with whole-string folding on NFC and NFD text', () => {
    const text = 'Điều 3. Hai bên nhất trí tăng cường hợp tác đường sắt, Ёлка и Йошкар-Ола. 🚆 Ủy ban'
    for (const form of [text, text.normalize('NFD')]) {
      expect(foldWithOffsets(form).folded).toBe(foldText(form))
      expect(foldWithOffsets(form, 'exact').folded).toBe(foldText(form, 'exact'))
    }
  })

  it('maps a folded match back onto the whole accented word, marks included', () => {
    for (const text of ['về đường sắt', 'về đường sắt'.normalize('NFD')]) {
      const map = foldWithOffsets(text)
      const at = map.folded.indexOf('duong')
      const range = originalRange(map, at, at + 'duong'.length)
      expect(text.slice(range.start, range.end).normalize('NFC')).toBe('đường')
    }
  })
})
