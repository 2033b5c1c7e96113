import { describe, expect, it } from 'vitest'
import { targetAt } from '../anchoring/describe'
import { carryOver } from './carryOver'
import { englishDraft, russianDraft, vietnameseDraft } from './draftFixtures.testData'

const oldText = vietnameseDraft.join('\n')
const targetOf = (quote: string, occurrence = 0) => {
  let at = -1
  for (let n = 0; n <= occurrence; n++) {
    at = oldText.indexOf(quote, at + 1)
    if (at < 0) break
  }
  if (at < 0) throw new Error(`fixture lacks ${quote}`)
  return targetAt(oldText, at, at + quote.length)
}

/** Draft 2: typo fixed, a paragraph inserted (later numbers shift), wording changed, one moved, one deleted, a bracket resolved. */
function secondDraft(): string[] {
  const draft = [...vietnameseDraft]
  draft[3] = '2. Hai bên nhất trí thúc đẩy hợp tác giáo dục, đào tạo và khoa học - công nghệ.'
  draft[5] = '4. Hai bên cam kết duy trì hài hòa lợi ích trong thương mại song phương.'
  draft[8] = '7. Hai bên nhất trí mở rộng mạnh mẽ hợp tác du lịch và giao lưu nhân dân giữa các địa phương.'
  const moved = draft.splice(7, 1)[0]!
  draft.splice(11, 0, moved)
  draft.splice(9, 1)
  draft.splice(4, 0, '3. Hai bên nhất trí thành lập nhóm công tác về chuyển đổi số.')
  let number = 0
  return draft.map((paragraph) => paragraph.replace(/^\d+\./u, () => `${++number}.`))
}

describe('carrying annotations to the next draft', () => {
  const newer = secondDraft()
  const newText = newer.join('\n')
  const place = (quote: string, occurrence = 0) => {
    const { placements } = carryOver(vietnameseDraft, newer, [targetOf(quote, occurrence)])
    const placement = placements[0]!
    const text = placement.start === null ? null : newText.slice(placement.start, placement.end!)
    return { ...placement, text }
  }

  it('keeps an unchanged passage exact although its paragraph number shifted', () => {
    expect(place('công nghiệp dầu khí')).toMatchObject({ class: 'exact', text: 'công nghiệp dầu khí', confidence: 1 })
    const shifted = place('diễn đàn đa phương')
    expect(shifted).toMatchObject({ class: 'exact', text: 'diễn đàn đa phương' })
    expect(newText.slice(0, shifted.start!).split('\n').pop()).toMatch(/^6\. /u)
  })

  it('marks a passage in a moved paragraph as moved', () => {
    expect(place('vai trò của Việt Nam trong ASEAN')).toMatchObject({
      class: 'moved',
      text: 'vai trò của Việt Nam trong ASEAN',
    })
  })

  it('puts a reworded passage on the edited text, with a confidence below 1', () => {
    const reworded = place('mở rộng hợp tác du lịch, giao lưu nhân dân')
    expect(reworded.class).toBe('reworded')
    expect(reworded.text).toBe('mở rộng mạnh mẽ hợp tác du lịch và giao lưu nhân dân')
    expect(reworded.confidence).toBeGreaterThan(0.5)
    expect(reworded.confidence).toBeLessThan(1)
    expect(place('khoa học công nghệ')).toMatchObject({ class: 'reworded', text: 'khoa học - công nghệ' })
  })

  it('calls a resolved bracketed alternative reworded, not orphaned', () => {
    expect(place('[cân bằng][hài hòa]')).toMatchObject({ class: 'reworded', text: 'hài hòa' })
  })

  it('orphans a passage whose paragraph was deleted, offering the places its short quote still occurs', () => {
    const gone = place('Hai bên nhất trí', 4)
    expect(gone.class).toBe('orphaned')
    expect(gone.start).toBeNull()
    expect(gone.candidates.length).toBeGreaterThan(1)
    for (const candidate of gone.candidates)
      expect(newText.slice(candidate.start, candidate.end)).toBe('Hai bên nhất trí')
  })

  it('places each copy of a repeated short quote in its own paragraph', () => {
    for (const occurrence of [0, 1, 2, 3]) {
      const placed = place('Hai bên nhất trí', occurrence)
      expect(placed.text).toBe('Hai bên nhất trí')
      const oldParagraph = oldText.slice(0, targetOf('Hai bên nhất trí', occurrence).end).split('\n').pop()!
      const newParagraph = newText.slice(0, placed.end!).split('\n').pop()!
      expect(newParagraph.replace(/^\d+/u, '')).toBe(oldParagraph.replace(/^\d+/u, ''))
    }
  })

  it('treats the two Vietnamese tone placements as unchanged', () => {
    const retyped = vietnameseDraft.map((paragraph) => paragraph.replace('hoà bình', 'hòa bình'))
    const { placements } = carryOver(vietnameseDraft, retyped, [targetOf('quan hệ hoà bình, hữu nghị')])
    expect(placements[0]).toMatchObject({ class: 'exact', confidence: 1 })
  })

  it('carries Russian and English passages through an inserted paragraph', () => {
    for (const draft of [russianDraft, englishDraft]) {
      const text = draft.join('\n')
      const quote = draft[3]!.slice(3, 30)
      const at = text.indexOf(quote)
      const newer2 = [...draft.slice(0, 2), draft[1]!.replace('1.', '9.').replace(/\S+\.$/u, 'X.'), ...draft.slice(2)]
      const { placements } = carryOver(draft, newer2, [targetAt(text, at, at + quote.length)])
      expect(placements[0]!.class).toBe('exact')
      expect(newer2.join('\n').slice(placements[0]!.start!, placements[0]!.end!)).toBe(quote)
    }
  })

  it('keeps the paragraph alignment when a paragraph is rewritten beyond the word budget', () => {
    const long = Array.from({ length: 6000 }, (_, n) => `từ${n}`).join(' ')
    const rewritten = Array.from({ length: 6000 }, (_, n) => `chữ${n}`).join(' ')
    const older = ['1. Mở đầu ổn định.', `2. Hai bên ${long} kết thúc.`, '3. Kết luận ổn định.']
    const newer2 = ['1. Mở đầu ổn định.', `2. Hai bên ${rewritten} kết thúc.`, '3. Kết luận ổn định.']
    const text = older.join('\n')
    const at = text.indexOf('Kết luận')
    const { placements, alignment } = carryOver(older, newer2, [targetAt(text, at, at + 8)])
    expect(placements[0]).toMatchObject({ class: 'exact' })
    expect(alignment.paragraphs.changeOfOld).toEqual(['unchanged', 'changed', 'unchanged'])
  })
})
