import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newSchedule, replay } from '../../src-main/common/study/scheduler'
import { addRevision, seedDocument } from '../support/seedDocument'
import { composeStudyParts } from '../support/studyParts'

const paragraphs = [
  '8. Hai bên nhấn mạnh cần tận dụng tối đa các tiềm năng và cơ hội để đẩy mạnh hợp tác kinh tế - thương mại.',
  'Hai bên thỏa thuận tiếp tục phối hợp chặt chẽ trong khuôn khổ Ủy ban liên Chính phủ — định kỳ hằng năm.',
  '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí.',
]
const text = paragraphs.join('\n')
const spanOf = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length })

let now = '2026-03-02T08:00:00.000Z'
let parts: ReturnType<typeof composeStudyParts>
let documentId: string
beforeEach(() => {
  now = '2026-03-02T08:00:00.000Z'
  parts = composeStudyParts(() => now)
  documentId = seedDocument(parts.db.db, paragraphs).documentId
})
afterEach(() => parts.db.remove())

const highlight = (quote: string, extra: { tags?: string[]; comment?: string } = {}) =>
  parts.annotations.create({ documentId, ...spanOf(quote), color: 'yellow', ...extra })

describe('study cards on a real library file', () => {
  it('creates cloze cards due now, answers one, and undoes the answer', () => {
    const energy = highlight('năng lượng', { tags: ['Năng lượng'] })
    const oil = highlight('dầu khí')
    const cards = parts.study.createCards([energy.id, oil.id], 'cloze')
    expect(cards.map((card) => card.prompt)).toEqual([
      'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực {{c1::năng lượng}} và công nghiệp dầu khí.',
      'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp {{c1::dầu khí}}.',
    ])
    expect(cards[0]).toMatchObject({ sourceLabel: '9', tags: ['Năng lượng'], status: 'active', due: now })
    expect(parts.study.due()).toHaveLength(2)

    const answered = parts.study.answer(cards[0]!.id, 3)
    expect(Date.parse(answered.due)).toBeGreaterThan(Date.parse(now))
    expect(answered.due).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(parts.study.due().map((card) => card.id)).toEqual([cards[1]!.id])
    expect(parts.study.progress()).toMatchObject({ dueNow: 1, totalCards: 2 })

    const undone = parts.study.undoAnswer()
    expect(undone).toMatchObject({ id: cards[0]!.id, due: now, reps: 0, state: 'new' })
    expect(parts.study.due()).toHaveLength(2)
    expect(parts.repository.reviewsOf(cards[0]!.id)).toEqual([])
  })

  it('keeps a review log that replays to the stored schedule, with the desired retention of each answer', () => {
    const [card] = parts.study.createCards([highlight('năng lượng').id], 'cloze')
    expect(parts.study.settings()).toEqual({ desiredRetention: 0.9 })
    parts.study.updateSettings({ desiredRetention: 0.95 })
    for (const [minutes, rating] of [
      [0, 3],
      [15, 3],
      [60 * 24 * 3, 1],
      [60 * 24 * 3 + 10, 4],
    ] as const) {
      now = new Date(Date.parse('2026-03-02T08:00:00.000Z') + minutes * 60_000).toISOString()
      parts.study.answer(card!.id, rating)
    }
    const log = parts.repository.reviewsOf(card!.id)
    expect(log).toHaveLength(4)
    expect(log.map((review) => review.desiredRetention)).toEqual([0.95, 0.95, 0.95, 0.95])
    expect(parts.study.progress().desiredRetention).toBe(0.95)
    expect(replay(card!.createdAt, log)).toEqual(parts.repository.schedule(card!.id))
    expect(parts.repository.schedule(card!.id)).not.toEqual(newSchedule(card!.createdAt))
  })

  it('retires the cards of a deleted annotation and brings them back when the delete is undone', () => {
    const energy = highlight('năng lượng')
    const [card] = parts.study.createCards([energy.id], 'cloze')
    const snapshot = parts.annotations.delete(energy.id)
    expect(parts.study.due()).toEqual([])
    expect(parts.repository.get(card!.id)!.status).toBe('retired')
    expect(() => parts.study.answer(card!.id, 3)).toThrow(expect.objectContaining({ code: 'study.cardInactive' }))
    parts.annotations.restore(snapshot)
    expect(parts.study.due().map((each) => each.id)).toEqual([card!.id])
  })

  it('suspends the cards of an annotation a new draft orphans, and resumes them when it is re-attached', () => {
    const energy = highlight('năng lượng')
    const [card] = parts.study.createCards([energy.id], 'cloze')
    addRevision(parts.db.db, documentId, [paragraphs[0]!, paragraphs[1]!, '9. Hai bên nhất trí hợp tác về khoáng sản.'])
    parts.annotations.list(documentId)
    expect(parts.repository.get(card!.id)!.status).toBe('suspended')
    expect(parts.study.due()).toEqual([])
    const newText = [paragraphs[0], paragraphs[1], '9. Hai bên nhất trí hợp tác về khoáng sản.'].join('\n')
    parts.annotations.reattach(energy.id, newText.indexOf('khoáng sản'), newText.indexOf('khoáng sản') + 10)
    expect(parts.study.due().map((each) => each.id)).toEqual([card!.id])
    // The annotation now marks other words: its card offers to follow, and then hides the new words.
    expect(parts.study.cardsForAnnotation(energy.id).map((each) => [each.id, each.annotationChanged])).toEqual([
      [card!.id, true],
    ])
    const updated = parts.study.refreshCard(card!.id)
    expect(updated).toMatchObject({
      prompt: 'Hai bên nhất trí hợp tác về {{c1::khoáng sản}}.',
      annotationChanged: false,
    })
    parts.annotations.reattach(energy.id, newText.indexOf('hợp tác về'), newText.indexOf('hợp tác về') + 7)
    expect(parts.repository.get(card!.id)!.annotationChanged).toBe(true)
    expect(parts.study.keepCardText(card!.id)).toMatchObject({ prompt: updated.prompt, annotationChanged: false })
  })

  it('makes question cards from comments and follows tag edits', () => {
    const energy = highlight('năng lượng', { comment: 'Hợp tác trong lĩnh vực nào?' })
    expect(parts.study.preview([energy.id], 'cloze', 'separate').proposals[0]!.suggestedKind).toBe('question')
    const [card] = parts.study.createCards([energy.id], 'question')
    expect(card).toMatchObject({ prompt: 'Hợp tác trong lĩnh vực nào?', answer: 'năng lượng' })
    parts.annotations.setTags(energy.id, ['Ôn thi'])
    expect(parts.repository.get(card!.id)!.tags).toEqual(['Ôn thi'])
  })

  it('refuses, with a clear reason and no change, an annotation with no words and a question with no comment', () => {
    const dash = highlight('—')
    expect(() => parts.study.createCards([dash.id], 'cloze')).toThrow(
      expect.objectContaining({ code: 'study.noText', message: expect.stringMatching(/no words/) }),
    )
    const oil = highlight('dầu khí')
    expect(() => parts.study.createCards([oil.id], 'question')).toThrow(
      expect.objectContaining({ code: 'study.noQuestion' }),
    )
    expect(parts.repository.countActive()).toBe(0)
  })

  it('names the passage of each annotation the preview leaves out, so the user can tell which one to fix', () => {
    const oil = highlight('dầu khí')
    const energy = highlight('năng lượng', { comment: 'Hợp tác trong lĩnh vực nào?' })
    expect(parts.study.preview([oil.id, energy.id], 'question', 'separate').refused).toEqual([
      { annotationId: oil.id, code: 'study.noQuestion', quote: 'dầu khí' },
    ])
  })

  it('makes one card with several gaps when the user asks for it, and exports it for Anki', () => {
    const a = highlight('năng lượng', { tags: ['energy'] })
    const b = highlight('dầu khí')
    const preview = parts.study.preview([a.id, b.id], 'cloze', 'combined')
    expect(preview.proposals).toHaveLength(1)
    const edited = { ...preview.proposals[0]!, prompt: preview.proposals[0]!.prompt.replace('Hai bên', 'Hai nước') }
    const [card] = parts.study.createFromProposals([edited])
    expect(card!.annotationIds).toEqual([a.id, b.id])
    expect(card!.annotationChanged).toBe(false)
    expect(parts.annotations.list(documentId)[0]!.target.exact).toBe('năng lượng')
    const deck = parts.study.exportAnki()
    expect(deck.text.split('\n')[6]).toBe(
      'Hai nước nhất trí tăng cường hợp tác trong lĩnh vực {{c1::năng lượng}} và công nghiệp {{c1::dầu khí}}.\t\tTest ¶9\tenergy',
    )
  })

  it('stays instant with 10,000 cards due at once', () => {
    const energy = highlight('năng lượng')
    const [template] = parts.study.createFromProposals(parts.study.preview([energy.id], 'cloze', 'separate').proposals)
    parts.transaction(() => {
      for (let index = 0; index < 10_000; index++) {
        parts.repository.insert({
          id: crypto.randomUUID(),
          kind: 'cloze',
          documentId,
          annotationIds: [energy.id],
          prompt: template!.prompt,
          answer: '',
          sourceLabel: '9',
          sourceQuotes: ['năng lượng'],
          createdAt: now,
          schedule: newSchedule(new Date(Date.parse(now) - index * 1000).toISOString()),
        })
      }
    })
    const started = performance.now()
    const next = parts.study.next()!
    parts.study.answer(next.card.id, 3)
    const following = parts.study.next()!
    const progress = parts.study.progress()
    const elapsed = performance.now() - started
    expect(following.card.id).not.toBe(next.card.id)
    expect(progress.dueNow).toBe(10_000)
    expect(elapsed).toBeLessThan(1000)
  })
})
