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
