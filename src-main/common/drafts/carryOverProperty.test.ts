import { describe, expect, it } from 'vitest'
import { targetAt } from '../anchoring/describe'
import { carryOver } from './carryOver'
import { generatedDraft, randomlyEdited, seededRandom } from './randomEdits.testData'

/** Random word spans of a text (1–8 words), as an annotator would mark them. */
function randomSpans(random: () => number, text: string, count: number) {
  const words = [...text.matchAll(/[^\s]+/gu)]
  return Array.from({ length: count }, () => {
    const first = Math.floor(random() * words.length)
    const last = Math.min(words.length - 1, first + Math.floor(random() * 8))
    const from = words[first]!
    const to = words[last]!
    // Stay inside one paragraph, as most highlights do; cross-paragraph spans are covered elsewhere.
    const end =
      text.indexOf('\n', from.index) === -1
        ? to.index + to[0].length
        : Math.min(to.index + to[0].length, text.indexOf('\n', from.index))
    return targetAt(text, from.index, Math.max(from.index + from[0].length, end))
  })
}

describe('carry-over never places an annotation on text it did not mark', () => {
  it('holds over thousands of annotations through seeded random edit sequences', () => {
    const totals = { annotations: 0, misplaced: 0, exact: 0, moved: 0, reworded: 0, orphaned: 0 }
    const failures: string[] = []
    for (let seed = 1; seed <= 24; seed++) {
      const random = seededRandom(seed)
      const older = generatedDraft(random, 60)
      const oldText = older.join('\n')
      const edited = randomlyEdited(random, older, 25)
      const newText = edited.paragraphs.join('\n')
      const targets = randomSpans(random, oldText, 150)
      const { placements } = carryOver(older, edited.paragraphs, targets)
      placements.forEach((placement, index) => {
        const target = targets[index]!
        totals.annotations++
        totals[placement.class]++
        if (placement.start === null || placement.end === null) return
        let marked = 0
        let visible = 0
        for (let at = placement.start; at < placement.end; at++) {
          if (/\s/u.test(newText[at]!)) continue
          visible++
          const origin = edited.origins[at]!
          if (origin >= target.start && origin < target.end) marked++
        }
        // Misplaced: the place holds no character of the marked passage, or mostly text from elsewhere.
        if (marked === 0 || (marked < visible / 2 && placement.class !== 'reworded') || marked < visible / 3) {
          totals.misplaced++
          failures.push(
            `seed ${seed}: ${placement.class} "${target.exact}" → "${newText.slice(placement.start, placement.end)}"`,
          )
        }
      })
    }
    expect(failures.slice(0, 5)).toEqual([])
    expect(totals.misplaced).toBe(0)
    expect(totals.annotations).toBe(3600)
    // Most annotations survive random edits; the test would be empty if everything were orphaned.
    expect(totals.exact + totals.moved).toBeGreaterThan(totals.annotations * 0.6)
    expect(totals.reworded).toBeGreaterThan(0)
    expect(totals.orphaned).toBeGreaterThan(0)
  })
})
