import { englishDraft, russianDraft, vietnameseDraft } from './draftFixtures.testData'

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const vocabulary = [...vietnameseDraft, ...russianDraft, ...englishDraft]
  .join(' ')
  .split(/\s+/u)
  .map((word) => word.replace(/^\d+\.$/u, ''))
  .filter(Boolean)

/**
 * A numbered draft of `count` paragraphs made of real words, many starting with the same "Hai bên nhất trí": the
 * repetition diplomatic texts have, which is what makes placing a short quote ambiguous.
 */
export function generatedDraft(random: () => number, count: number): string[] {
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!
  return Array.from({ length: count }, (_, index) => {
    const words = Array.from({ length: 12 + Math.floor(random() * 40) }, pick)
    const opening = random() < 0.4 ? 'Hai bên nhất trí ' : ''
    return `${index + 1}. ${opening}${words.join(' ')}.`
  })
}

/** A paragraph with, for each UTF-16 unit, the offset in the old canonical text it came from (-1 when new). */
type Tracked = { text: string; origins: number[] }

/**
 * Apply `edits` random edits to a draft and renumber its paragraphs, tracking where every character came from:
 * words replaced, inserted and deleted, paragraphs inserted, deleted and moved. The ground truth for "was this
 * annotation placed on text it marked?". A replaced word and a paragraph's new number count as the text they replace.
 */
export function randomlyEdited(
  random: () => number,
  paragraphs: readonly string[],
  edits: number,
): { paragraphs: string[]; origins: number[] } {
  let offset = 0
  const tracked: Tracked[] = paragraphs.map((text) => {
    const origins = Array.from({ length: text.length }, (_, i) => offset + i)
    offset += text.length + 1
    return { text, origins }
  })
  const fresh = (text: string): Tracked => ({ text, origins: Array.from({ length: text.length }, () => -1) })
  const word = () => vocabulary[Math.floor(random() * vocabulary.length)]!
  // A replacement stands where the replaced text stood: its characters take the origin of the first one replaced.
  const splice = (p: Tracked, at: number, remove: number, insert: string, replaces = false) => {
    const origin = replaces && remove > 0 ? (p.origins[at] ?? -1) : -1
    p.text = p.text.slice(0, at) + insert + p.text.slice(at + remove)
    p.origins.splice(at, remove, ...Array.from({ length: insert.length }, () => origin))
  }
  for (let n = 0; n < edits; n++) {
    const index = Math.floor(random() * tracked.length)
    const paragraph = tracked[index]!
    const words = [...paragraph.text.matchAll(/\S+/gu)].slice(1)
    const target = words[Math.floor(random() * words.length)]
    const roll = random()
    if (roll < 0.3 && target) splice(paragraph, target.index, target[0].length, word(), true)
    else if (roll < 0.5 && target) splice(paragraph, target.index, 0, `${word()} `)
    else if (roll < 0.65 && target && words.length > 3) splice(paragraph, target.index, target[0].length + 1, '')
    else if (roll < 0.75) tracked.splice(index, 0, fresh(`0. ${Array.from({ length: 15 }, word).join(' ')}.`))
    else if (roll < 0.85 && tracked.length > 2) tracked.splice(index, 1)
    else {
      const [moved] = tracked.splice(index, 1)
      tracked.splice(Math.floor(random() * (tracked.length + 1)), 0, moved!)
    }
  }
  tracked.forEach((paragraph, index) => {
    const number = /^\d+\./u.exec(paragraph.text)
    if (number) splice(paragraph, 0, number[0].length, `${index + 1}.`, true)
  })
  const origins: number[] = []
  tracked.forEach((paragraph, index) => {
    origins.push(...paragraph.origins)
    if (index < tracked.length - 1) origins.push(-1)
  })
  return { paragraphs: tracked.map((paragraph) => paragraph.text), origins }
}
