import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDocument } from '../support/seedDocument'
import { composeStudyParts } from '../support/studyParts'

const paragraphs = ['9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí.']
const spanOf = (quote: string) => ({
  start: paragraphs[0]!.indexOf(quote),
  end: paragraphs[0]!.indexOf(quote) + quote.length,
})

let parts: ReturnType<typeof composeStudyParts>
let documentId: string
beforeEach(() => {
  parts = composeStudyParts(() => '2026-03-02T08:00:00.000Z')
  documentId = seedDocument(parts.db.db, paragraphs).documentId
})
afterEach(() => parts.db.remove())

// The annotation panel offers "Update cards / Keep" exactly when a card's annotationChanged is true.
describe('which annotation edits make a study card stale', () => {
  it('leaves the card current through colour and tag edits, which do not touch its text', () => {
    const energy = parts.annotations.create({ documentId, ...spanOf('năng lượng'), color: 'yellow' })
    const [card] = parts.study.createCards([energy.id], 'cloze')
    parts.annotations.setColor(energy.id, 'green')
    parts.annotations.setTags(energy.id, ['Ôn thi'])
    expect(parts.study.cardsForAnnotation(energy.id)).toMatchObject([
      { id: card!.id, annotationChanged: false, prompt: card!.prompt },
    ])
  })

  it('marks the card stale when the annotation is re-attached to other words, until updated', () => {
    const energy = parts.annotations.create({ documentId, ...spanOf('năng lượng'), color: 'yellow' })
    const [card] = parts.study.createCards([energy.id], 'cloze')
    const moved = spanOf('dầu khí')
    parts.annotations.reattach(energy.id, moved.start, moved.end)
    expect(parts.study.cardsForAnnotation(energy.id)).toMatchObject([{ id: card!.id, annotationChanged: true }])
    expect(parts.study.refreshCard(card!.id).prompt).toBe(
      'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp {{c1::dầu khí}}.',
    )
    expect(parts.study.cardsForAnnotation(energy.id)).toMatchObject([{ annotationChanged: false }])
  })
})

/** A highlight with a question as its comment, and the question card made from it. */
function questionCard(question = 'Hai bên hợp tác trong lĩnh vực nào?') {
  const annotation = parts.annotations.create({
    documentId,
    ...spanOf('năng lượng'),
    color: 'yellow',
    comment: question,
  })
  const [card] = parts.study.createCards([annotation.id], 'question')
  return { annotation, card: card!, commentId: annotation.comments[0]!.id }
}

// The annotation panel offers "Update cards / Keep" when annotationChanged is true, "Retire / Keep" when
// questionRemoved is; the review screen offers the same.
describe('a question card follows the comment it asks', () => {
  it('offers the update when the comment is edited, and the update asks the new question on the same schedule', () => {
    const { annotation, card, commentId } = questionCard()
    parts.study.answer(card.id, 3)
    parts.annotations.editComment(commentId, 'Lĩnh vực hợp tác nào được nêu ở đoạn 9?')
    expect(parts.study.cardsForAnnotation(annotation.id)).toMatchObject([
      { id: card.id, annotationChanged: true, questionRemoved: false, prompt: 'Hai bên hợp tác trong lĩnh vực nào?' },
    ])
    const updated = parts.study.refreshCard(card.id)
    expect(updated).toMatchObject({
      prompt: 'Lĩnh vực hợp tác nào được nêu ở đoạn 9?',
      answer: 'năng lượng',
      annotationChanged: false,
      reps: 1,
    })
  })

  it('stops offering once the user keeps the old question, until the comment is edited again', () => {
    const { annotation, card, commentId } = questionCard()
    parts.annotations.editComment(commentId, 'Lĩnh vực nào?')
    expect(parts.study.keepCardText(card.id)).toMatchObject({
      prompt: 'Hai bên hợp tác trong lĩnh vực nào?',
      annotationChanged: false,
    })
    parts.annotations.editComment(commentId, 'Lĩnh vực gì?')
    expect(parts.study.cardsForAnnotation(annotation.id)[0]!.annotationChanged).toBe(true)
  })

  it('does not count replies, colour or tags as a change of the question', () => {
    const { annotation, card, commentId } = questionCard()
    parts.annotations.addComment(annotation.id, 'Năng lượng, theo đoạn 9.', commentId)
    parts.annotations.setColor(annotation.id, 'green')
    expect(parts.study.cardsForAnnotation(annotation.id)).toMatchObject([
      { id: card.id, annotationChanged: false, questionRemoved: false },
    ])
  })

  it('leaves a cloze card alone when the comment is edited', () => {
    const { annotation, commentId } = questionCard()
    const [cloze] = parts.study.createCards([annotation.id], 'cloze')
    parts.annotations.editComment(commentId, 'Lĩnh vực nào?')
    const flags = parts.study.cardsForAnnotation(annotation.id).find((each) => each.id === cloze!.id)
    expect(flags).toMatchObject({ annotationChanged: false, questionRemoved: false })
  })

  it('offers to retire the card when the comment is deleted; retiring stops its reviews but keeps it', () => {
    const { annotation, card, commentId } = questionCard()
    parts.annotations.deleteComment(commentId)
    expect(parts.study.cardsForAnnotation(annotation.id)).toMatchObject([
      { id: card.id, questionRemoved: true, status: 'active' },
    ])
    expect(parts.study.retireCards([card.id])).toBe(1)
    expect(parts.study.due().map((each) => each.id)).not.toContain(card.id)
    expect(parts.study.cardsForAnnotation(annotation.id)).toMatchObject([{ id: card.id, status: 'retired' }])
    expect(() => parts.study.answer(card.id, 3)).toThrow(/suspended or retired/)
  })

  it('asks nothing more when the deleted comment comes back (undo), or when the user keeps the card', () => {
    const { annotation, card, commentId } = questionCard()
    const comment = annotation.comments[0]!
    parts.annotations.deleteComment(commentId)
    parts.annotations.restoreComments([comment])
    expect(parts.study.cardsForAnnotation(annotation.id)).toMatchObject([
      { id: card.id, questionRemoved: false, annotationChanged: false },
    ])
    parts.annotations.deleteComment(commentId)
    expect(parts.study.keepCardText(card.id)).toMatchObject({ questionRemoved: false, status: 'active' })
    expect(parts.study.due().map((each) => each.id)).toContain(card.id)
  })

  it('refuses to retire a card that does not exist, and retires nothing else', () => {
    const { card } = questionCard()
    expect(() => parts.study.retireCards([card.id, '00000000-0000-4000-8000-000000000000'])).toThrow(/no longer exists/)
    expect(parts.study.due().map((each) => each.id)).toEqual([card.id])
  })
})
