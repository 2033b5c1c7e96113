import { describe, expect, it } from 'vitest'
import { clozeMarkup, isUsableCloze, parseCloze, snapToWords } from './cloze'
import { proposeCards, suggestsQuestion } from './proposeCards'

const vietnamese = [
  '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí. Hai bên sẽ họp lại.',
  'Việt Nam và LB Nga thống nhất tăng cường hợp tác chặt chẽ.',
].join('\n')
const russian = 'Стороны договорились расширять сотрудничество в энергетике. Переговоры прошли успешно.'
const at = (text: string, quote: string, from = 0, to = 0) => {
  const start = text.indexOf(quote)
  return { start: start + from, end: start + quote.length - to }
}
/** The text a user reads after revealing every gap. */
const revealed = (markup: string) =>
  parseCloze(markup)
    .map((part) => part.text)
    .join('')

describe('cloze gaps', () => {
  it('widens a highlight that starts or ends inside a Vietnamese syllable to the whole syllable', () => {
    expect(snapToWords(vietnamese, at(vietnamese, 'năng lượng', 2, 3))).toEqual(at(vietnamese, 'năng lượng'))
  })

  it('leaves punctuation and spaces at the edges of a highlight visible', () => {
    const gap = snapToWords(vietnamese, at(vietnamese, ' dầu khí. '))!
    expect(vietnamese.slice(gap.start, gap.end)).toBe('dầu khí')
  })

  it('never cuts a decomposed (NFD) syllable from its combining marks', () => {
    const decomposed = 'Hai bên thống nhất'.normalize('NFD')
    const ending = decomposed.indexOf('tho') + 3 // between "o" and its circumflex
    const gap = snapToWords(decomposed, { start: decomposed.indexOf('th'), end: ending })!
    expect(decomposed.slice(gap.start, gap.end).normalize('NFC')).toBe('thống')
  })

  it('hides whole Russian words, keeping й and ё intact', () => {
    const text = 'Мы ещё раз встретимся в мае, йод не нужен.'
    const gap = snapToWords(text, at(text, 'щё раз вст'))!
    expect(text.slice(gap.start, gap.end)).toBe('ещё раз встретимся')
  })

  it('refuses a span with no words in it', () => {
    expect(snapToWords(vietnamese, at(vietnamese, ' và ', 3, 0))).toBeNull()
    expect(snapToWords(vietnamese, { start: 5, end: 5 })).toBeNull()
  })

  it('writes Anki cloze markup that reveals the sentence exactly as written', () => {
    const gap = at(vietnamese, 'năng lượng')
    const markup = clozeMarkup(vietnamese, { start: 0, end: vietnamese.indexOf('khí.') + 4 }, [
      { span: gap, number: 1 },
    ])
    expect(markup).toContain('{{c1::năng lượng}}')
    expect(revealed(markup)).toBe(vietnamese.slice(0, vietnamese.indexOf('khí.') + 4))
    expect(isUsableCloze(markup)).toBe(true)
    expect(isUsableCloze('{{c1::mọi thứ}}')).toBe(false)
  })
})

describe('proposed cards', () => {
  const source = (text: string, quote: string, comment: string | null = null, id = quote) => ({
    annotationId: id,
    ...at(text, quote),
    comment,
  })

  it('hides a highlight in its own sentence only', () => {
    const { proposals } = proposeCards(vietnamese, [source(vietnamese, 'năng lượng')], 'cloze')
    expect(proposals[0]!.prompt).toBe(
      'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực {{c1::năng lượng}} và công nghiệp dầu khí.',
    )
  })

  it('makes several cards, or one card with several gaps, from highlights in one sentence', () => {
    const sources = [source(vietnamese, 'năng lượng'), source(vietnamese, 'dầu khí')]
    const separate = proposeCards(vietnamese, sources, 'cloze', 'separate').proposals
    expect(separate.map((card) => parseCloze(card.prompt).filter((part) => part.gap).length)).toEqual([1, 1])
    const combined = proposeCards(vietnamese, sources, 'cloze', 'combined').proposals
    expect(combined).toHaveLength(1)
    expect(combined[0]!.prompt).toContain('{{c1::năng lượng}} và công nghiệp {{c1::dầu khí}}')
    expect(combined[0]!.annotationIds).toEqual(['năng lượng', 'dầu khí'])
  })

  it('keeps Russian text intact around the gap', () => {
    const { proposals } = proposeCards(russian, [source(russian, 'сотрудничество')], 'cloze')
    expect(proposals[0]!.prompt).toBe('Стороны договорились расширять {{c1::сотрудничество}} в энергетике.')
  })

  it('gives a sentence that is one long highlight its paragraph, or the paragraphs around it, to be read from', () => {
    const whole = 'Việt Nam và LB Nga thống nhất tăng cường hợp tác chặt chẽ.'
    const { proposals } = proposeCards(vietnamese, [source(vietnamese, whole)], 'cloze')
    expect(proposals[0]!.prompt).toContain('Hai bên sẽ họp lại.')
    expect(proposals[0]!.prompt).toContain(`{{c1::${whole.slice(0, -1)}}}`)
    const alone = proposeCards(whole, [source(whole, whole)], 'cloze')
    expect(alone.proposals).toEqual([])
    expect(alone.refused).toEqual([{ annotationId: whole, code: 'study.nothingVisible' }])
  })

  it('refuses an annotation with no words, and a question card without a comment', () => {
    const blank = {
      annotationId: 'blank',
      start: vietnamese.indexOf('. Hai'),
      end: vietnamese.indexOf('. Hai') + 2,
      comment: null,
    }
    expect(proposeCards(vietnamese, [blank], 'cloze').refused).toEqual([
      { annotationId: 'blank', code: 'study.noText' },
    ])
    expect(proposeCards(vietnamese, [source(vietnamese, 'dầu khí')], 'question').refused[0]!.code).toBe(
      'study.noQuestion',
    )
  })

  it('asks the comment and answers with the passage; a comment ending in "?" suggests a question card', () => {
    const asked = source(vietnamese, 'năng lượng', 'Hợp tác trong lĩnh vực nào?')
    const { proposals } = proposeCards(vietnamese, [asked], 'question')
    expect(proposals[0]).toMatchObject({ prompt: 'Hợp tác trong lĩnh vực nào?', answer: 'năng lượng' })
    expect(proposals[0]!.suggestedKind).toBe('question')
    expect(suggestsQuestion('Ghi chú')).toBe(false)
  })
})
